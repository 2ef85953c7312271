// Chains follow calls through helper functions in other TUs of the same
// service (joined by USR), lambdas, virtual interfaces and recursion, and
// across services through endpoints. With MaxDepth 1, every two-hop chain
// is reported hop by hop, which shows exactly what was followed.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: not %msglint check -p %t/build > %t/out.txt
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=warning:

//--- .msglint.yaml
checks: '-*,sync-chain-depth'
rules:
  sync-chain-depth: {MaxDepth: 1}
//--- services/a/handler.cpp
#include "chain.grpc.pb.h"
#include "services/a/helpers.h"
#include <grpcpp/grpcpp.h>
class AImpl : public chain::A::Service {
  // CHECK: services/a/handler.cpp:[[@LINE+1]]:16: warning: 'AImpl::Do' (chain.A/Do) waits on a chain of synchronous calls across 2 services: a -> b -> chain.C; at most 1 are allowed
  grpc::Status Do(grpc::ServerContext *, const chain::Req *, chain::Resp *) override {
    // A lambda called right here, then a recursive helper in another TU.
    auto step = [] { return viaRecursion(3); };
    return step();
  }
  // CHECK: services/a/handler.cpp:[[@LINE+1]]:16: warning: 'AImpl::Other' (chain.A/Other) waits on a chain of synchronous calls across 2 services: a -> b -> chain.C; at most 1 are allowed
  grpc::Status Other(grpc::ServerContext *, const chain::Req *, chain::Resp *) override {
    return viaInterface(makeClient());
  }
};
//--- services/a/helpers.h
#pragma once
#include <grpcpp/grpcpp.h>
#include <memory>
// A project interface over the stub: the call goes through a virtual.
struct BClient {
  virtual ~BClient() = default;
  virtual grpc::Status Call() = 0;
};
std::unique_ptr<BClient> makeClient();
grpc::Status viaInterface(std::unique_ptr<BClient> client);
grpc::Status viaRecursion(int n);
//--- services/a/helpers.cpp
#include "chain.grpc.pb.h"
#include "services/a/helpers.h"
namespace {
struct GrpcBClient : BClient {
  std::unique_ptr<chain::B::Stub> stub;
  grpc::Status Call() override {
    grpc::ClientContext ctx;
    chain::Req req;
    chain::Resp resp;
    // CHECK: services/a/helpers.cpp:[[@LINE+1]]:18: note: hop 1: '(anonymous namespace)::GrpcBClient::Call' calls chain.B/Do (b)
    return stub->Do(&ctx, req, &resp);
  }
};
} // namespace
std::unique_ptr<BClient> makeClient() { return std::make_unique<GrpcBClient>(); }
grpc::Status viaInterface(std::unique_ptr<BClient> client) { return client->Call(); }
// Mutual recursion terminates, and still reaches the call.
grpc::Status viaOdd(int n);
grpc::Status viaRecursion(int n) { return n > 0 ? viaOdd(n - 1) : makeClient()->Call(); }
grpc::Status viaOdd(int n) { return viaRecursion(n); }
//--- services/b/b.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
class BImpl : public chain::B::Service {
  std::unique_ptr<chain::C::Stub> c;
  // B's own chain is one hop: not reported.
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext ctx;
    // CHECK: services/b/b.cpp:[[@LINE+1]]:15: note: hop 2: 'BImpl::Do' calls chain.C/Do (not implemented in the scanned code)
    return c->Do(&ctx, *req, resp);
  }
};
