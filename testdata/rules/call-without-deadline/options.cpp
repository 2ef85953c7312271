// call-without-deadline takes no option but its severity (warning by default).
//   severity error:  an error, failing even `--fail-on error`;
//   checks off:      silent ('*,-call-without-deadline');
//   an option it does not have: a usage error (exit 2).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/client.cpp
//
// RUN: %expect-exit 0 %msglint check -p %t/build --root %t --fail-on error > %t/default.txt
// RUN: FileCheck %s --check-prefix=DEFAULT --implicit-check-not=warning: --implicit-check-not=error: < %t/default.txt
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
// NO-SUCH-OPTION: .msglint.yaml:{{[0-9]+:[0-9]+}}: rule 'call-without-deadline' has no option 'DefaultTimeoutMs' (it takes none besides severity)

//--- configs/error.yaml
rules:
  call-without-deadline:
    severity: error
//--- configs/off.yaml
checks: '*,-call-without-deadline'
//--- configs/no-such-option.yaml
rules:
  call-without-deadline:
    DefaultTimeoutMs: 500

//--- services/a/client.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>

grpc::Status Call(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp) {
  grpc::ClientContext ctx;
  // DEFAULT: services/a/client.cpp:[[@LINE+2]]:12: warning: call to chain.B/Do has no deadline
  // ERROR: services/a/client.cpp:[[@LINE+1]]:12: error: call to chain.B/Do has no deadline
  return b.Do(&ctx, req, resp);
}
