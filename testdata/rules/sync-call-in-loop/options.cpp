// sync-call-in-loop takes no option but its severity (warning by default).
//   severity error:  an error, failing even `--fail-on error`, for the direct
//                    finding and the one through a helper alike;
//   checks off:      silent ('*,-sync-call-in-loop', and the calls are
//                    otherwise clean);
//   an option it does not have: a usage error (exit 2).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
//
// RUN: cp %t/configs/error.yaml %t/.msglint.yaml
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t --fail-on error > %t/error.txt
// RUN: FileCheck %s --check-prefix=ERROR --implicit-check-not=warning: --implicit-check-not=error: < %t/error.txt
//
// RUN: cp %t/configs/off.yaml %t/.msglint.yaml
// RUN: %expect-exit 0 %msglint check -p %t/build --root %t > %t/off.txt
// RUN: count 0 < %t/off.txt
//
// RUN: cp %t/configs/no-such-option.yaml %t/.msglint.yaml
// RUN: %expect-exit 2 %msglint check -p %t/build --root %t > %t/no-such-option.txt 2>&1
// RUN: FileCheck %s --check-prefix=NO-SUCH-OPTION < %t/no-such-option.txt
// NO-SUCH-OPTION: .msglint.yaml:{{[0-9]+:[0-9]+}}: rule 'sync-call-in-loop' has no option 'MaxIterations' (it takes none besides severity)

//--- configs/error.yaml
rules:
  sync-call-in-loop:
    severity: error
//--- configs/off.yaml
checks: '*,-sync-call-in-loop'
//--- configs/no-such-option.yaml
rules:
  sync-call-in-loop:
    MaxIterations: 10

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <chrono>
#include <string>
#include <vector>

bool Known(chain::B::Stub& b, const std::string& id) {
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
  chain::Req req;
  req.set_id(id);
  chain::Resp resp;
  return b.Do(&ctx, req, &resp).ok();
}

int Count(chain::B::Stub& b, const std::vector<std::string>& ids) {
  int n = 0;
  for (const std::string& id : ids) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
    chain::Req req;
    req.set_id(id);
    chain::Resp resp;
    // ERROR: services/a/a.cpp:[[@LINE+1]]:12: error: blocking call to chain.B/Do inside a loop
    n += b.Do(&ctx, req, &resp).ok();
    // ERROR: services/a/a.cpp:[[@LINE+1]]:10: error: 'Known', called inside a loop, makes a blocking call to chain.B/Do
    n += Known(b, id);
  }
  return n;
}
