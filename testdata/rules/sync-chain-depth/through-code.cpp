// sync-chain-depth follows a chain through the code between the hops, not
// only through handlers that call a stub themselves, and recognises every
// kind of gRPC server as the start of a hop:
//
//   a (sync Service)    handler (defined out of line)
//                       -> Fetch(), defined in another TU of a         --B/Do-->
//   b (CallbackService) handler -> lambda -> virtual Backend::Get
//                       -> RemoteBackend::Get (the override that calls) --C/Do-->
//   c (AsyncService)    DoCall::Proceed (it calls RequestDo)
//                       -> CallD() in common/, a client library        --D/Do--> (not in the scan)
//
// MaxDepth is 2 here (.msglint.yaml), so a's 3 hops fire, with each note at
// the real call site: in a's other TU, in b's override, in the common code.
// b (2 hops) and c (1 hop) are silent. The last hop goes to an endpoint that
// nobody in the scan implements: it still counts, named by its proto service.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/handler.cpp \
// RUN:   %t/services/a/fetch.cpp %t/services/b/b.cpp %t/services/c/c.cpp %t/common/d_client.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 1 finding in 5 translation units of 3 services{{$}}

//--- .msglint.yaml
rules:
  sync-chain-depth:
    MaxDepth: 2

//--- common/soon.h
#pragma once
#include <chrono>
inline std::chrono::system_clock::time_point Soon() {
  return std::chrono::system_clock::now() + std::chrono::seconds(1);
}

//--- services/a/fetch.h
#pragma once
#include "chain.grpc.pb.h"
grpc::Status Fetch(chain::B::StubInterface& b, const chain::Req& req, chain::Resp* resp);

//--- services/a/handler.h
#pragma once
#include "chain.grpc.pb.h"
#include <memory>

class AImpl final : public chain::A::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override;

private:
  std::unique_ptr<chain::B::Stub> b_;
};

//--- services/a/handler.cpp
// Defined out of line: the finding is at the name in the definition.
#include "services/a/handler.h"
#include "services/a/fetch.h"
#include <grpcpp/grpcpp.h>

// CHECK: services/a/handler.cpp:[[@LINE+1]]:21: warning: 'AImpl::Do' (chain.A/Do) waits on a chain of synchronous calls across 3 services: a -> b -> c -> chain.D; at most 2 are allowed: let the later steps happen through a job or an event [sync-chain-depth]
grpc::Status AImpl::Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) {
  return Fetch(*b_, *req, resp);
}

//--- services/a/fetch.cpp
// The helper lives in another TU of the same service: joined by USR.
#include "services/a/fetch.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>

grpc::Status Fetch(chain::B::StubInterface& b, const chain::Req& req, chain::Resp* resp) {
  grpc::ClientContext ctx;
  ctx.set_deadline(Soon());
  // CHECK-NEXT: services/a/fetch.cpp:[[@LINE+1]]:12: note: hop 1: 'Fetch' calls chain.B/Do (b)
  return b.Do(&ctx, req, resp);
}

//--- services/b/b.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <memory>

class Backend {
public:
  virtual ~Backend() = default;
  virtual grpc::Status Get(const chain::Req& req, chain::Resp* resp) = 0;
};

// An override that answers locally: no hop.
class CachedBackend final : public Backend {
public:
  grpc::Status Get(const chain::Req& req, chain::Resp* resp) override {
    resp->set_id(req.id());
    return grpc::Status::OK;
  }
};

// The override that calls c: a call to Backend::Get reaches it.
class RemoteBackend final : public Backend {
public:
  explicit RemoteBackend(std::shared_ptr<grpc::Channel> ch) : c_(chain::C::NewStub(ch)) {}
  grpc::Status Get(const chain::Req& req, chain::Resp* resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // CHECK-NEXT: services/b/b.cpp:[[@LINE+1]]:16: note: hop 2: 'RemoteBackend::Get' calls chain.C/Do (c)
    return c_->Do(&ctx, req, resp);
  }

private:
  std::unique_ptr<chain::C::Stub> c_;
};

class BImpl final : public chain::B::CallbackService {
public:
  grpc::ServerUnaryReactor* Do(grpc::CallbackServerContext* ctx, const chain::Req* req,
                               chain::Resp* resp) override {
    grpc::ServerUnaryReactor* reactor = ctx->DefaultReactor();
    auto lookup = [&] { return backend_->Get(*req, resp); };
    reactor->Finish(lookup());
    return reactor;
  }

private:
  std::unique_ptr<Backend> backend_;
};

//--- services/c/c.cpp
#include "chain.grpc.pb.h"
#include "common/d_client.h"
#include <grpcpp/grpcpp.h>

// The classic completion-queue CallData: the function that asks for the next
// call (RequestDo) is the handler.
class DoCall {
public:
  DoCall(chain::C::AsyncService* service, grpc::ServerCompletionQueue* cq,
         chain::D::StubInterface* d)
      : service_(service), cq_(cq), d_(d), responder_(&ctx_) {
    Proceed();
  }

  void Proceed() {
    if (!started_) {
      started_ = true;
      service_->RequestDo(&ctx_, &req_, &responder_, cq_, cq_, this);
      return;
    }
    new DoCall(service_, cq_, d_);
    grpc::Status status = CallD(*d_, req_, &resp_);
    responder_.Finish(resp_, status, this);
  }

private:
  chain::C::AsyncService* service_;
  grpc::ServerCompletionQueue* cq_;
  chain::D::StubInterface* d_;
  grpc::ServerContext ctx_;
  chain::Req req_;
  chain::Resp resp_;
  grpc::ServerAsyncResponseWriter<chain::Resp> responder_;
  bool started_ = false;
};

//--- common/d_client.h
#pragma once
#include "chain.grpc.pb.h"
grpc::Status CallD(chain::D::StubInterface& d, const chain::Req& req, chain::Resp* resp);

//--- common/d_client.cpp
// Shared client code: it belongs to every service that calls it (here c).
#include "common/d_client.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>

grpc::Status CallD(chain::D::StubInterface& d, const chain::Req& req, chain::Resp* resp) {
  grpc::ClientContext ctx;
  ctx.set_deadline(Soon());
  // CHECK-NEXT: common/d_client.cpp:[[@LINE+1]]:12: note: hop 3: 'CallD' calls chain.D/Do (not implemented in the scanned code)
  return d.Do(&ctx, req, resp);
}
