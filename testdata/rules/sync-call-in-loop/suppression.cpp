// Inline suppression of sync-call-in-loop, at the finding's line: the
// blocking call, or the helper's call for a finding through a helper. The
// notes' lines (the loop, the helper's blocking call) do not count.
//
// Suppressed (5): `msglint: ignore(sync-call-in-loop) why` at the end of the
// call's line, or alone on the line above; `NOLINT(msglint-sync-call-in-loop)`;
// `NOLINTNEXTLINE(...)` above; the comment on a helper's call in a loop.
// Not suppressed (3): no comment; the comment on the loop's line; the comment
// on the blocking call inside the helper.
// Only this rule runs (.msglint.yaml).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 3 findings in 1 translation unit of 1 service (5 suppressed){{$}}

//--- .msglint.yaml
checks: '-*,sync-call-in-loop'

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <string>
#include <vector>

using Ids = std::vector<std::string>;

int Direct(chain::B::Stub& b, const Ids& ids) {
  int n = 0;
  for (const std::string& id : ids) {
    grpc::ClientContext c1, c2, c3, c4, c5;
    chain::Req req;
    req.set_id(id);
    chain::Resp resp;
    // CHECK: services/a/a.cpp:[[@LINE+2]]:12: warning: blocking call to chain.B/Do inside a loop
    // CHECK-NEXT: services/a/a.cpp:[[@LINE-6]]:3: note: the loop starts here
    n += b.Do(&c1, req, &resp).ok();
    n += b.Do(&c2, req, &resp).ok(); // msglint: ignore(sync-call-in-loop) ids has at most 3 entries
    // msglint: ignore(sync-call-in-loop) ids has at most 3 entries
    n += b.Do(&c3, req, &resp).ok();
    n += b.Do(&c4, req, &resp).ok(); // NOLINT(msglint-sync-call-in-loop)
    // NOLINTNEXTLINE(msglint-sync-call-in-loop)
    n += b.Do(&c5, req, &resp).ok();
  }
  return n;
}

int CommentOnTheLoop(chain::B::Stub& b, const Ids& ids) {
  int n = 0;
  // CHECK: services/a/a.cpp:[[@LINE+6]]:12: warning: blocking call to chain.B/Do inside a loop
  // CHECK-NEXT: services/a/a.cpp:[[@LINE+1]]:3: note: the loop starts here
  for (size_t i = 0; i < ids.size(); ++i) { // msglint: ignore(sync-call-in-loop) the loop's line
    grpc::ClientContext ctx;
    chain::Req req;
    chain::Resp resp;
    n += b.Do(&ctx, req, &resp).ok();
  }
  return n;
}

bool Known(chain::B::Stub& b, const std::string& id);
bool KnownQuietly(chain::B::Stub& b, const std::string& id);

int ThroughHelpers(chain::B::Stub& b, const Ids& ids) {
  int n = 0;
  for (const std::string& id : ids) {
    n += Known(b, id); // msglint: ignore(sync-call-in-loop) ids has at most 3 entries
    // CHECK: services/a/a.cpp:[[@LINE+2]]:10: warning: 'KnownQuietly', called inside a loop, makes a blocking call to chain.B/Do
    // CHECK-NEXT: services/a/a.cpp:[[@LINE-3]]:3: note: the loop starts here
    n += KnownQuietly(b, id);
  }
  return n;
}

bool Known(chain::B::Stub& b, const std::string& id) {
  grpc::ClientContext ctx;
  chain::Req req;
  req.set_id(id);
  chain::Resp resp;
  return b.Do(&ctx, req, &resp).ok();
}

bool KnownQuietly(chain::B::Stub& b, const std::string& id) {
  grpc::ClientContext ctx;
  chain::Req req;
  req.set_id(id);
  chain::Resp resp;
  // CHECK-NEXT: services/a/a.cpp:[[@LINE+1]]:12: note: 'KnownQuietly' calls chain.B/Do here
  return b.Do(&ctx, req, &resp).ok(); // msglint: ignore(sync-call-in-loop) a note's line
}
