// A retry loop nested in an N+1 loop: the inner loop retries each call (it
// is fine on its own), but the outer loop still makes one call per id. The
// retry exemption belongs to the loop that retries, not to every loop
// around the call. Expected: the call is reported, with the note at the
// outer loop, the one that repeats it per item.
// Only this rule runs (.msglint.yaml).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: < %t/out.txt

//--- .msglint.yaml
checks: '-*,sync-call-in-loop'

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <string>
#include <vector>

int CountKnown(chain::B::Stub& b, const std::vector<std::string>& ids) {
  int n = 0;
  // CHECK: services/a/a.cpp:[[@LINE+9]]:13: warning: blocking call to chain.B/Do inside a loop
  // CHECK-NEXT: services/a/a.cpp:[[@LINE+1]]:3: note: the loop starts here
  for (const std::string& id : ids) {
    chain::Req req;
    req.set_id(id);
    chain::Resp resp;
    grpc::Status s;
    for (int attempt = 0; attempt < 3; ++attempt) {
      grpc::ClientContext ctx;
      s = b.Do(&ctx, req, &resp);
      if (s.ok())
        break;
    }
    n += s.ok();
  }
  return n;
}
