// ignored-call-result takes no option but its severity (warning by default).
//   severity error:  an error, failing even `--fail-on error`;
//   severity note:   a note, and exit 0 (below the default failing level);
//   checks off:      silent, even with other rules on ('*,-ignored-call-result');
//   an option it does not have: a usage error (exit 2).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/client.cpp
//
// RUN: cp %t/configs/error.yaml %t/.msglint.yaml
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t --fail-on error > %t/error.txt
// RUN: FileCheck %s --check-prefix=ERROR --implicit-check-not=warning: --implicit-check-not=error: < %t/error.txt
//
// RUN: cp %t/configs/note.yaml %t/.msglint.yaml
// RUN: %expect-exit 0 %msglint check -p %t/build --root %t > %t/note.txt
// RUN: FileCheck %s --check-prefix=NOTE --implicit-check-not=warning: --implicit-check-not=error: < %t/note.txt
//
// RUN: cp %t/configs/off.yaml %t/.msglint.yaml
// RUN: %expect-exit 0 %msglint check -p %t/build --root %t > %t/off.txt
// RUN: count 0 < %t/off.txt
//
// RUN: cp %t/configs/no-such-option.yaml %t/.msglint.yaml
// RUN: %expect-exit 2 %msglint check -p %t/build --root %t > %t/no-such-option.txt 2>&1
// RUN: FileCheck %s --check-prefix=NO-SUCH-OPTION < %t/no-such-option.txt
// NO-SUCH-OPTION: .msglint.yaml:{{[0-9]+:[0-9]+}}: rule 'ignored-call-result' has no option 'AllowVoidCast' (it takes none besides severity)

//--- configs/error.yaml
checks: '-*,ignored-call-result'
rules:
  ignored-call-result:
    severity: error
//--- configs/note.yaml
checks: '-*,ignored-call-result'
rules:
  ignored-call-result:
    severity: note
//--- configs/off.yaml
checks: '*,-ignored-call-result'
//--- configs/no-such-option.yaml
rules:
  ignored-call-result:
    AllowVoidCast: true

//--- services/a/client.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <chrono>

void FireAndForget(chain::B::Stub& b, const chain::Req& req) {
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
  chain::Resp resp;
  // ERROR: services/a/client.cpp:[[@LINE+2]]:5: error: the status of chain.B/Do is discarded: the caller does not depend on the answer
  // NOTE: services/a/client.cpp:[[@LINE+1]]:5: note: the status of chain.B/Do is discarded: the caller does not depend on the answer
  b.Do(&ctx, req, &resp);
}
