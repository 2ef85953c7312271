// Every way a server implements a generated gRPC service: the sync
// Service, the CallbackService, the AsyncService's RequestX calls,
// StreamedUnaryService, and handlers reached through an intermediate base
// class. Helpers, destructors and non-RPC virtuals are not entry points.
// RUN: rm -rf %t && mkdir -p %t/services/billing && cp %s %t/services/billing/server.cpp
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen %s
// RUN: %msglint extract -p %t/build --root %t %t/services/billing/server.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json | FileCheck %s --implicit-check-not=entry

#include "shapes.grpc.pb.h"

#include <grpcpp/grpcpp.h>

using acme::billing::v1::Billing;
using acme::billing::v1::Odd;
using acme::billing::v1::Req;
using acme::billing::v1::Resp;

// CHECK-DAG: entry SyncBilling::Charge call acme.billing.v1.Billing/Charge
// CHECK-DAG: entry SyncBilling::List call acme.billing.v1.Billing/List
// CHECK-DAG: entry SyncBilling::Upload call acme.billing.v1.Billing/Upload
// CHECK-DAG: entry SyncBilling::Chat call acme.billing.v1.Billing/Chat
class SyncBilling final : public Billing::Service {
public:
  ~SyncBilling() override {}
  grpc::Status Charge(grpc::ServerContext *, const Req *, Resp *) override { return helper(); }
  grpc::Status List(grpc::ServerContext *, const Req *, grpc::ServerWriter<Resp> *) override {
    return grpc::Status::OK;
  }
  grpc::Status Upload(grpc::ServerContext *, grpc::ServerReader<Req> *, Resp *) override {
    return grpc::Status::OK;
  }
  grpc::Status Chat(grpc::ServerContext *, grpc::ServerReaderWriter<Resp, Req> *) override {
    return grpc::Status::OK;
  }

private:
  grpc::Status helper() { return grpc::Status::OK; }
};

// CHECK-DAG: entry CallbackBilling::Charge call acme.billing.v1.Billing/Charge
class CallbackBilling : public Billing::CallbackService {
  grpc::ServerUnaryReactor *Charge(grpc::CallbackServerContext *ctx, const Req *, Resp *) override {
    auto *reactor = ctx->DefaultReactor();
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }
};

// A project base class between the generated Service and the handler.
class OddBase : public Odd::Service {
protected:
  virtual void audit() {}
};
// CHECK-DAG: entry OddImpl::Export call acme.billing.v1.Odd/Export
// CHECK-DAG: entry OddImpl::AsyncExport call acme.billing.v1.Odd/AsyncExport
// CHECK-DAG: entry OddImpl::RequestRefund call acme.billing.v1.Odd/RequestRefund
class OddImpl : public OddBase {
  void audit() override {}
  grpc::Status Export(grpc::ServerContext *, const Req *, Resp *) override { return grpc::Status::OK; }
  grpc::Status AsyncExport(grpc::ServerContext *, const Req *, Resp *) override {
    return grpc::Status::OK;
  }
  grpc::Status RequestRefund(grpc::ServerContext *, const Req *, Resp *) override {
    return grpc::Status::OK;
  }
};

// The AsyncService: the function that asks for the next call handles it.
struct ChargeCall {
  Billing::AsyncService *service;
  grpc::ServerCompletionQueue *cq;
  grpc::ServerContext ctx;
  Req request;
  grpc::ServerAsyncResponseWriter<Resp> responder{&ctx};
  // CHECK-DAG: entry ChargeCall::Proceed call acme.billing.v1.Billing/Charge
  void Proceed() { service->RequestCharge(&ctx, &request, &responder, cq, cq, this); }
};

struct RefundCall {
  Odd::AsyncService *service;
  grpc::ServerCompletionQueue *cq;
  grpc::ServerContext ctx;
  Req request;
  grpc::ServerAsyncResponseWriter<Resp> responder{&ctx};
  // RequestRequestRefund asks for RequestRefund calls.
  // CHECK-DAG: entry RefundCall::Proceed call acme.billing.v1.Odd/RequestRefund
  void Proceed() { service->RequestRequestRefund(&ctx, &request, &responder, cq, cq, this); }
};

// StreamedUnaryService: StreamedCharge serves Charge.
// CHECK-DAG: entry StreamedBilling::StreamedCharge call acme.billing.v1.Billing/Charge
class StreamedBilling : public Billing::WithStreamedUnaryMethod_Charge<Billing::Service> {
  grpc::Status StreamedCharge(grpc::ServerContext *,
                              grpc::ServerUnaryStreamer<Req, Resp> *) override {
    return grpc::Status::OK;
  }
};

// CHECK: errors 0
