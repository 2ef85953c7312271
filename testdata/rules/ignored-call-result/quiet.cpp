// ignored-call-result stays silent whenever the outcome goes somewhere the
// caller can act on it. Every call below is a near miss of a case in
// fires.cpp: a rule that only asked "is the call an expression statement"
// or "is the result stored in a variable" would get some of these wrong.
// Only this rule runs (.msglint.yaml).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/client.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: count 0 < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 0 findings in 1 translation unit of 1 service{{$}}

//--- .msglint.yaml
checks: '-*,ignored-call-result'

//--- services/a/client.cpp
#include "chain.grpc.pb.h"
#include "shapes.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <functional>
#include <vector>

using acme::billing::v1::Billing;

void LogIfError(const grpc::Status& status);

class Client {
public:
  // Stored, then checked.
  bool Checked(const chain::Req& req, chain::Resp* resp) {
    grpc::ClientContext ctx;
    grpc::Status status = b_->Do(&ctx, req, resp);
    if (!status.ok())
      return false;
    return true;
  }

  // Returned to the caller, directly and through a local.
  grpc::Status Returned(const chain::Req& req, chain::Resp* resp) {
    grpc::ClientContext ctx;
    return b_->Do(&ctx, req, resp);
  }
  grpc::Status ReturnedLater(const chain::Req& req, chain::Resp* resp) {
    grpc::ClientContext ctx;
    grpc::Status s;
    s = b_->Do(&ctx, req, resp);
    return s;
  }
  grpc::Status ReturnedFromEither(bool first, const chain::Req& req, chain::Resp* resp) {
    grpc::ClientContext c1, c2;
    return first ? b_->Do(&c1, req, resp) : b_->Other(&c2, req, resp);
  }

  // Handed to a helper: it may well act on it.
  void Logged(const chain::Req& req, chain::Resp* resp) {
    grpc::ClientContext c1, c2;
    LogIfError(b_->Do(&c1, req, resp));
    grpc::Status status = b_->Do(&c2, req, resp);
    LogIfError(status);
  }
  void Collected(const chain::Req& req, chain::Resp* resp, std::vector<grpc::Status>& all) {
    grpc::ClientContext ctx;
    all.push_back(b_->Do(&ctx, req, resp));
  }

  // Kept in a member: whoever reads the member decides.
  void Remembered(const chain::Req& req, chain::Resp* resp) {
    grpc::ClientContext ctx;
    last_ = b_->Do(&ctx, req, resp);
  }

  // Used in a condition, on the spot or through a local.
  int Conditions(const chain::Req& req, chain::Resp* resp) {
    grpc::ClientContext c1, c2, c3;
    if (!b_->Do(&c1, req, resp).ok())
      return 1;
    bool ok = b_->Do(&c2, req, resp).ok();
    switch (b_->Do(&c3, req, resp).error_code()) {
    case grpc::StatusCode::OK:
      return ok ? 0 : 2;
    default:
      return 3;
    }
  }

  // Read later, inside a lambda.
  std::function<bool()> Deferred(const chain::Req& req, chain::Resp* resp) {
    grpc::ClientContext ctx;
    grpc::Status status = b_->Do(&ctx, req, resp);
    return [status] { return status.ok(); };
  }

  // A stream that is read and finished; a response reader that is finished.
  grpc::Status Streamed(const acme::billing::v1::Req& req) {
    grpc::ClientContext ctx;
    auto reader = billing_->List(&ctx, req);
    acme::billing::v1::Resp item;
    while (reader->Read(&item)) {
    }
    return reader->Finish();
  }
  void Async(const chain::Req& req, chain::Resp* resp, grpc::Status* status) {
    grpc::ClientContext ctx;
    auto rpc = b_->AsyncDo(&ctx, req, &cq_);
    rpc->Finish(resp, status, this);
  }

  // Callbacks that look at the status; one msglint cannot see into (a
  // function object from elsewhere); the reactor form, which reports through
  // its OnDone.
  void Callbacks(const chain::Req& req, chain::Resp* resp, std::function<void(grpc::Status)> done,
                 grpc::ClientUnaryReactor* reactor) {
    static grpc::ClientContext c1, c2, c3, c4;
    b_->async()->Do(&c1, &req, resp, [this](grpc::Status s) { last_ = s; });
    b_->async()->Do(&c2, &req, resp, [](grpc::Status s) { LogIfError(s); });
    b_->async()->Do(&c3, &req, resp, done);
    b_->async()->Do(&c4, &req, resp, reactor);
  }

private:
  std::unique_ptr<chain::B::Stub> b_;
  std::unique_ptr<Billing::Stub> billing_;
  grpc::CompletionQueue cq_;
  grpc::Status last_;
};
