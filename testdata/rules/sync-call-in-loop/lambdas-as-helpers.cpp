// A lambda is a function like any other: it blocks when it is called, not
// where it is written. Both cases below follow from that:
// - CountKnown: a lambda written before the loop and called in it makes one
//   blocking call per iteration, exactly like the named helper of fires.cpp
//   (ThroughHelper). The everyday modern-C++ form of N+1: must fire, at the
//   lambda's call in the loop, with the loop note (the wording for an
//   unnamed helper is left open here).
// - RegisterAll: Register only stores a callback that calls b later, once
//   per event; calling Register in a loop makes no call at all. quiet.cpp
//   (Handlers) shows the same lambda written in the loop itself is silent;
//   moved into a helper it must stay silent.
// Only this rule runs (.msglint.yaml).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt
// RUN: FileCheck %s --implicit-check-not=warning: < %t/out.txt

//--- .msglint.yaml
checks: '-*,sync-call-in-loop'

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <functional>
#include <string>
#include <vector>

int CountKnown(chain::B::Stub& b, const std::vector<std::string>& ids) {
  auto known = [&b](const std::string& id) {
    grpc::ClientContext ctx;
    chain::Req req;
    req.set_id(id);
    chain::Resp resp;
    return b.Do(&ctx, req, &resp).ok();
  };
  int n = 0;
  // CHECK: services/a/a.cpp:[[@LINE+3]]:{{[0-9]+}}: warning: {{.*}}blocking call to chain.B/Do{{.*}} [sync-call-in-loop]
  // CHECK-NEXT: services/a/a.cpp:[[@LINE+1]]:3: note: the loop starts here
  for (const std::string& id : ids)
    n += known(id);
  return n;
}

std::vector<std::function<bool()>> handlers;

void Register(chain::B::Stub& b, const std::string& id) {
  handlers.push_back([&b, id] {
    grpc::ClientContext ctx;
    chain::Req req;
    req.set_id(id);
    chain::Resp resp;
    return b.Do(&ctx, req, &resp).ok();
  });
}

void RegisterAll(chain::B::Stub& b, const std::vector<std::string>& ids) {
  for (const std::string& id : ids)
    Register(b, id);
}
