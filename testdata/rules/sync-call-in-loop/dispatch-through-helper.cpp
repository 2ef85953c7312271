// A server's completion-queue loop that hands each event to a small
// dispatch function, which calls the handler (the function that calls
// RequestDo). It is the same dispatch loop as in quiet.cpp (Serve), one call
// deeper: each iteration serves another request, and the handler's blocking
// call belongs to that request, not to a loop of this one. Reaching through
// an entry point is not an N+1 call.
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

class CallData {
public:
  virtual ~CallData() = default;
  virtual void Proceed(bool ok) = 0;
};

class DoCall final : public CallData {
public:
  DoCall(chain::A::AsyncService* service, grpc::ServerCompletionQueue* cq, chain::B::Stub* b)
      : service_(service), cq_(cq), b_(b), responder_(&ctx_) {
    Proceed(true);
  }

  void Proceed(bool ok) override {
    if (!started_) {
      started_ = true;
      service_->RequestDo(&ctx_, &req_, &responder_, cq_, cq_, this);
      return;
    }
    if (!ok)
      return;
    new DoCall(service_, cq_, b_);
    grpc::ClientContext ctx;
    grpc::Status s = b_->Do(&ctx, req_, &resp_);
    responder_.Finish(resp_, s, this);
  }

private:
  chain::A::AsyncService* service_;
  grpc::ServerCompletionQueue* cq_;
  chain::B::Stub* b_;
  grpc::ServerContext ctx_;
  chain::Req req_;
  chain::Resp resp_;
  grpc::ServerAsyncResponseWriter<chain::Resp> responder_;
  bool started_ = false;
};

void Dispatch(void* tag, bool ok) {
  static_cast<CallData*>(tag)->Proceed(ok);
}

void Serve(grpc::ServerCompletionQueue* cq) {
  void* tag = nullptr;
  bool ok = false;
  while (cq->Next(&tag, &ok))
    Dispatch(tag, ok);
}
