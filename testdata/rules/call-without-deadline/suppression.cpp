// Inline suppression of call-without-deadline, at the call's line. Two rules
// run here, and several calls below break both: a suppression names the rule
// it silences and leaves the other one standing on the same line.
//
// call-without-deadline is suppressed on c2..c6: `msglint: ignore(...)` at the
// end of the line or alone above it; `NOLINT(msglint-call-without-deadline)`;
// `NOLINTNEXTLINE(...)` above; `msglint: ignore(ignored-call-result,
// call-without-deadline)` (both rules). The bare `NOLINT` on c7 silences
// both. On c1 (no comment) and c8 (the comment names the other rule) it
// fires.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/client.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 6 findings in 1 translation unit of 1 service (10 suppressed){{$}}

//--- .msglint.yaml
checks: '-*,call-without-deadline,ignored-call-result'

//--- services/a/client.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>

void Calls(chain::B::Stub& b, const chain::Req& req) {
  grpc::ClientContext c1, c2, c3, c4, c5, c6, c7, c8;
  chain::Resp resp;
  // CHECK: services/a/client.cpp:[[@LINE+2]]:5: warning: call to chain.B/Do has no deadline
  // CHECK-NEXT: services/a/client.cpp:[[@LINE+1]]:5: warning: the status of chain.B/Do is discarded
  b.Do(&c1, req, &resp);

  // CHECK: services/a/client.cpp:[[@LINE+1]]:5: warning: the status of chain.B/Do is discarded
  b.Do(&c2, req, &resp); // msglint: ignore(call-without-deadline) the channel has a default timeout

  // CHECK: services/a/client.cpp:[[@LINE+2]]:5: warning: the status of chain.B/Do is discarded
  // msglint: ignore(call-without-deadline) the channel has a default timeout
  b.Do(&c3, req, &resp);

  // CHECK: services/a/client.cpp:[[@LINE+1]]:5: warning: the status of chain.B/Do is discarded
  b.Do(&c4, req, &resp); // NOLINT(msglint-call-without-deadline)

  // NOLINTNEXTLINE(msglint-call-without-deadline)
  b.Do(&c5, req, &resp); // msglint: ignore(ignored-call-result) best effort

  b.Do(&c6, req, &resp); // msglint: ignore(ignored-call-result, call-without-deadline) best effort

  b.Do(&c7, req, &resp); // NOLINT

  // CHECK: services/a/client.cpp:[[@LINE+1]]:5: warning: call to chain.B/Do has no deadline
  b.Do(&c8, req, &resp); // msglint: ignore(ignored-call-result) best effort
}
