// A completion callback that only silences its status with `(void)status;`
// never looks at it: the same as a local status that is only cast to void
// (fires.cpp, `silenced`), and as an unnamed parameter. `(void)s;` is how
// one quiets -Wunused-parameter, not how one checks a status.
// Only this rule runs (.msglint.yaml).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/client.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt

//--- .msglint.yaml
checks: '-*,ignored-call-result'

//--- services/a/client.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>

void Notify(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp, bool& done) {
  static grpc::ClientContext ctx;
  // CHECK: services/a/client.cpp:[[@LINE+1]]:14: warning: the completion callback of chain.B/Do never looks at its status: the caller does not depend on the answer
  b.async()->Do(&ctx, &req, resp, [&done](grpc::Status status) {
    (void)status;
    done = true;
  });
}
