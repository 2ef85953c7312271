// --report-unused-suppressions: a comment that suppresses nothing although
// every rule it names ran is a warning naming its line (and, with the
// default --fail-on warning, exit 1); a comment that suppresses a finding,
// one naming a rule this run disabled, and one naming a rule among others
// that did not run are not reported. Without the flag, nothing is said.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen %t/services/a/a.cpp
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t --report-unused-suppressions > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --input-file %t/err.txt --implicit-check-not=unused-suppression]
// RUN: %msglint check -p %t/build --root %t 2>&1 | FileCheck %s --check-prefix=QUIET --implicit-check-not=unused
// QUIET: msglint: 0 findings in 1 translation unit of 1 service (1 suppressed){{$}}
// RUN: %msglint check -p %t/build --root %t --report-unused-suppressions --fail-on error 2>&1 | FileCheck %s --check-prefix=LENIENT
// LENIENT: msglint: 0 findings in 1 translation unit of 1 service (1 suppressed) (3 unused suppressions){{$}}

// CHECK: services/a/a.cpp:[[#]]:{{[0-9]+}}: warning: this suppression of call-without-deadline suppresses nothing in this run: remove it [unused-suppression]
// CHECK: services/a/a.cpp:[[#]]:{{[0-9]+}}: warning: this suppression of sync-* suppresses nothing in this run: remove it [unused-suppression]
// CHECK: services/a/a.cpp:[[#]]:{{[0-9]+}}: warning: this suppression of * suppresses nothing in this run: remove it [unused-suppression]
// CHECK: msglint: 0 findings in 1 translation unit of 1 service (1 suppressed) (3 unused suppressions){{$}}

//--- .msglint.yaml
checks: '*,-sync-call-in-loop'

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>

bool call(chain::B::Stub &b) {
  grpc::ClientContext ctx;
  chain::Req req;
  chain::Resp resp;
  // Used: the call has no deadline.
  return b.Do(&ctx, req, &resp).ok(); // msglint: ignore(call-without-deadline) tracked in TICKET-3
}

bool withDeadline(chain::B::Stub &b) {
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
  chain::Req req;
  chain::Resp resp;
  // Unused: this call has a deadline.
  return b.Do(&ctx, req, &resp).ok(); // msglint: ignore(call-without-deadline) old comment
}

void loop(chain::B::Stub &b, int n) {
  for (int i = 0; i < n; ++i) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
    chain::Req req;
    chain::Resp resp;
    // Not reported: sync-call-in-loop is disabled, the comment may be needed when it runs.
    (void)b.Do(&ctx, req, &resp).ok(); // NOLINT(msglint-sync-call-in-loop)
    // Not reported either: one of its rules did not run.
    (void)b.Do(&ctx, req, &resp).ok(); // msglint: ignore(sync-call-in-loop, ignored-call-result)
  }
}

// NOLINTNEXTLINE(msglint-sync-*)
void nothingHere() {}
void nothingThere() {} // NOLINT
