// call-without-deadline stays silent when the call has a deadline, inherits
// one, or when msglint cannot know (then it says nothing rather than guess):
//
// - set_deadline() before the call, on a stack context or through `->` on a
//   context held by a unique_ptr;
// - a context made by ClientContext::FromServerContext /
//   FromCallbackServerContext: it inherits the deadline of the request
//   being served (and propagates cancellation);
// - a context handed to any other function before the call (e.g. a
//   company-wide ApplyDefaults(ctx)): that function may set the deadline;
// - a context that is a parameter, a member or a static: whoever owns it
//   may set the deadline.
// Only this rule runs (.msglint.yaml).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: count 0 < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 0 findings in 1 translation unit of 1 service{{$}}

//--- .msglint.yaml
checks: '-*,call-without-deadline'

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <chrono>
#include <memory>

std::chrono::system_clock::time_point Soon() {
  return std::chrono::system_clock::now() + std::chrono::seconds(1);
}

// Defined elsewhere; may well set a deadline.
void ApplyDefaults(grpc::ClientContext* ctx);
void ApplyDefaults(grpc::ClientContext& ctx);

class Client {
public:
  grpc::Status Before(const chain::Req& req, chain::Resp* resp) {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    return c_->Do(&ctx, req, resp);
  }

  grpc::Status BeforeOnTheHeap(const chain::Req& req, chain::Resp* resp) {
    auto ctx = std::make_unique<grpc::ClientContext>();
    ctx->set_deadline(Soon());
    return c_->Do(ctx.get(), req, resp);
  }

  grpc::Status HandedToHelper(const chain::Req& req, chain::Resp* resp) {
    grpc::ClientContext by_pointer, by_reference;
    ApplyDefaults(&by_pointer);
    ApplyDefaults(by_reference);
    grpc::Status s = c_->Do(&by_pointer, req, resp);
    if (!s.ok())
      return s;
    return c_->Do(&by_reference, req, resp);
  }

  grpc::Status Parameter(grpc::ClientContext* ctx, const chain::Req& req, chain::Resp* resp) {
    return c_->Do(ctx, req, resp);
  }

  grpc::Status Member(const chain::Req& req, chain::Resp* resp) {
    return c_->Do(&ctx_, req, resp);
  }

  grpc::Status Static(const chain::Req& req, chain::Resp* resp) {
    static grpc::ClientContext shared;
    return c_->Do(&shared, req, resp);
  }

  std::unique_ptr<chain::C::Stub> c_;
  grpc::ClientContext ctx_;
};

// Server handlers that call on: the outgoing call inherits the deadline of
// the incoming one.
class AImpl final : public chain::A::Service {
public:
  grpc::Status Do(grpc::ServerContext* server, const chain::Req* req, chain::Resp* resp) override {
    std::unique_ptr<grpc::ClientContext> ctx = grpc::ClientContext::FromServerContext(*server);
    return client_.c_->Do(ctx.get(), *req, resp);
  }

private:
  Client client_;
};

class ACallbackImpl final : public chain::A::CallbackService {
public:
  grpc::ServerUnaryReactor* Do(grpc::CallbackServerContext* server, const chain::Req* req,
                               chain::Resp* resp) override {
    grpc::ServerUnaryReactor* reactor = server->DefaultReactor();
    auto ctx = grpc::ClientContext::FromCallbackServerContext(*server);
    reactor->Finish(client_.c_->Do(ctx.get(), *req, resp));
    return reactor;
  }

private:
  Client client_;
};
