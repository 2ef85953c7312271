// Inline suppression of ignored-call-result, at the call's line (the line of
// the method name). Only this rule runs (.msglint.yaml).
//
// Suppressed (7): `msglint: ignore(ignored-call-result) why` at the end of
// the line, or alone on the line above; `NOLINT(msglint-ignored-call-result)`;
// `NOLINTNEXTLINE(...)` on the line above; a bare `NOLINT`; a NOLINT list
// that names it among other tools' checks; `NOLINT(msglint-*)`.
// Not suppressed (4): no comment; `NOLINT(msglint-call-without-deadline)`, another
// msglint rule; `NOLINT(bugprone-unused-return-value)`, clang-tidy's own
// check for the same smell, which is not ours; a comment on the last line
// of a call that spans two lines.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/client.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 4 findings in 1 translation unit of 1 service (7 suppressed){{$}}

//--- .msglint.yaml
checks: '-*,ignored-call-result'

//--- services/a/client.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>

void FireAndForget(chain::B::Stub& b, const chain::Req& req) {
  grpc::ClientContext c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11;
  chain::Resp resp;
  // CHECK: services/a/client.cpp:[[@LINE+1]]:5: warning: the status of chain.B/Do is discarded
  b.Do(&c1, req, &resp);

  b.Do(&c2, req, &resp); // msglint: ignore(ignored-call-result) best effort, see TICKET-7

  // msglint: ignore(ignored-call-result) best effort, see TICKET-7
  b.Do(&c3, req, &resp);

  b.Do(&c4, req, &resp); // NOLINT(msglint-ignored-call-result)

  // NOLINTNEXTLINE(msglint-ignored-call-result)
  b.Do(&c5, req, &resp);

  b.Do(&c6, req, &resp); // NOLINT

  b.Do(&c7, req, &resp); // NOLINT(bugprone-unused-return-value, msglint-ignored-call-result)

  b.Do(&c8, req, &resp); // NOLINT(msglint-*)

  // CHECK: services/a/client.cpp:[[@LINE+1]]:5: warning: the status of chain.B/Do is discarded
  b.Do(&c9, req, &resp); // NOLINT(msglint-call-without-deadline)

  // CHECK: services/a/client.cpp:[[@LINE+1]]:5: warning: the status of chain.B/Do is discarded
  b.Do(&c10, req, &resp); // NOLINT(bugprone-unused-return-value)

  // CHECK: services/a/client.cpp:[[@LINE+1]]:5: warning: the status of chain.B/Do is discarded
  b.Do(&c11, req,
       &resp); // msglint: ignore(ignored-call-result) not the line of the name
}
