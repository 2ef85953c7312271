// No cycle here, though two cruder views of the same code would find one.
//
//   a --B/Do (through CallB, in common/)--> b
//   b --A/Other (through CallAOther, in common/)--> x     (x, not a, serves A/Other)
//   b --G/Do--> chain.G                                    (nobody in the scan)
//
// - By proto service, chain.A -> chain.B -> chain.A is a cycle; but the
//   edges go to the deployables that serve each endpoint: a -> b -> x.
// - common/clients.h holds both client functions. Shared code belongs to
//   each service through the functions it calls, not through the file: a
//   owns CallB, b owns CallAOther. Giving the whole file to both would make
//   b call itself (b -> CallB -> b).
// - An endpoint nobody implements is not a service that could call back.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp %t/services/b/b.cpp \
// RUN:   %t/services/x/x.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: count 0 < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 0 findings in 3 translation units of 3 services{{$}}

//--- common/clients.h
// A small client library, header-only: compiled into each TU that uses it.
#pragma once
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <chrono>

inline std::shared_ptr<grpc::Channel> Channel(const char* target) {
  return grpc::CreateChannel(target, grpc::InsecureChannelCredentials());
}

inline grpc::Status CallB(const chain::Req& req, chain::Resp* resp) {
  static auto stub = chain::B::NewStub(Channel("b:50051"));
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
  return stub->Do(&ctx, req, resp);
}

inline grpc::Status CallAOther(const chain::Req& req, chain::Resp* resp) {
  static auto stub = chain::A::NewStub(Channel("x:50051"));
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
  return stub->Other(&ctx, req, resp);
}

//--- services/a/a.cpp
#include "common/clients.h"
#include <grpcpp/grpcpp.h>

// a serves only A/Do.
class AImpl final : public chain::A::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    return CallB(*req, resp);
  }
};

//--- services/b/b.cpp
#include "common/clients.h"
#include <grpcpp/grpcpp.h>
#include <chrono>
#include <memory>

class BImpl final : public chain::B::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    grpc::Status s = CallAOther(*req, resp);
    if (!s.ok())
      return s;
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(1));
    return g_->Do(&ctx, *req, resp);
  }

private:
  std::unique_ptr<chain::G::Stub> g_;
};

//--- services/x/x.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>

// x serves A/Other, the half of chain.A that a does not.
class XImpl final : public chain::A::Service {
public:
  grpc::Status Other(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    resp->set_id(req->id());
    return grpc::Status::OK;
  }
};
