// A retry loop is a retry loop whether the call is written in it or made by
// a helper it calls: each loop below goes round only while the helper's
// status is not ok, exactly like the direct retry loops of quiet.cpp, so
// there is no N+1 here. (fires.cpp has the helper called once per item.)
// Only this rule runs (.msglint.yaml).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt
// RUN: count 0 < %t/out.txt

//--- .msglint.yaml
checks: '-*,sync-call-in-loop'

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>

grpc::Status Fetch(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp) {
  grpc::ClientContext ctx;
  return b.Do(&ctx, req, resp);
}

grpc::Status FetchWithRetries(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp) {
  grpc::Status s;
  for (int attempt = 0; attempt < 3; ++attempt) {
    s = Fetch(b, req, resp);
    if (s.ok())
      break;
  }
  return s;
}

grpc::Status FetchUntilOk(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp) {
  grpc::Status s;
  int attempts = 0;
  do {
    s = Fetch(b, req, resp);
  } while (!s.ok() && ++attempts < 3);
  return s;
}
