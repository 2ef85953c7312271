// call-without-deadline: a call whose client context is a local of the
// calling function, followed by msglint from its creation to the call,
// that never gets set_deadline() before the call. Every API style counts:
// a stream or an async call without a deadline holds its resources just as
// long. The message names the service that would hold the request: the one
// serving the endpoint (b), or the proto service if nobody in the scan does.
// Only this rule runs (.msglint.yaml).
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/client.cpp %t/services/b/b.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: \
// RUN:   --implicit-check-not=error: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY --implicit-check-not=error < %t/err.txt
// SUMMARY: msglint: 9 findings in 2 translation units of 2 services{{$}}

//--- .msglint.yaml
checks: '-*,call-without-deadline'

//--- services/a/client.h
#pragma once
#include <grpcpp/grpcpp.h>
void Trace(grpc::ClientContext* ctx);

//--- services/a/client.cpp
#include "chain.grpc.pb.h"
#include "shapes.grpc.pb.h"
#include "services/a/client.h"
#include <chrono>
#include <memory>

using acme::billing::v1::Billing;

std::chrono::system_clock::time_point Soon() {
  return std::chrono::system_clock::now() + std::chrono::seconds(1);
}

grpc::Status Never(chain::B::Stub& b, const chain::Req& req, chain::Resp* resp) {
  grpc::ClientContext ctx;
  // CHECK: services/a/client.cpp:[[@LINE+1]]:12: warning: call to chain.B/Do has no deadline: its client context never gets set_deadline(), so a slow or stuck b holds this request for ever; set a deadline before the call [call-without-deadline]
  return b.Do(&ctx, req, resp);
}

grpc::Status TooLate(chain::C::Stub& c, const chain::Req& req, chain::Resp* resp) {
  grpc::ClientContext ctx;
  // CHECK: services/a/client.cpp:[[@LINE+1]]:22: warning: call to chain.C/Do has no deadline: its client context never gets set_deadline(), so a slow or stuck chain.C holds this request for ever; set a deadline before the call [call-without-deadline]
  grpc::Status s = c.Do(&ctx, req, resp);
  ctx.set_deadline(Soon()); // after the call: too late
  return s;
}

grpc::Status WrongContext(chain::C::Stub& c, const chain::Req& req, chain::Resp* resp) {
  grpc::ClientContext used, other;
  other.set_deadline(Soon());
  // CHECK: services/a/client.cpp:[[@LINE+1]]:12: warning: call to chain.C/Do has no deadline
  return c.Do(&used, req, resp);
}

// Other settings of the context are not a deadline.
grpc::Status OtherSettings(chain::C::Stub& c, const chain::Req& req, chain::Resp* resp) {
  grpc::ClientContext ctx;
  ctx.set_wait_for_ready(true);
  ctx.AddMetadata("x-request-id", req.id());
  ctx.set_compression_algorithm(GRPC_COMPRESS_GZIP);
  // CHECK: services/a/client.cpp:[[@LINE+1]]:12: warning: call to chain.C/Do has no deadline
  return c.Do(&ctx, req, resp);
}

// A context on the heap, passed as ctx.get().
grpc::Status OnTheHeap(chain::C::Stub& c, const chain::Req& req, chain::Resp* resp) {
  auto ctx = std::make_unique<grpc::ClientContext>();
  // CHECK: services/a/client.cpp:[[@LINE+1]]:12: warning: call to chain.C/Do has no deadline
  return c.Do(ctx.get(), req, resp);
}

// Handed to a helper only after the call: the helper cannot help.
grpc::Status HelperAfter(chain::C::Stub& c, const chain::Req& req, chain::Resp* resp) {
  grpc::ClientContext ctx;
  // CHECK: services/a/client.cpp:[[@LINE+1]]:22: warning: call to chain.C/Do has no deadline
  grpc::Status s = c.Do(&ctx, req, resp);
  Trace(&ctx);
  return s;
}

// A server stream, an async call, a callback call.
grpc::Status Stream(Billing::Stub& billing, const acme::billing::v1::Req& req) {
  grpc::ClientContext ctx;
  // CHECK: services/a/client.cpp:[[@LINE+1]]:25: warning: call to acme.billing.v1.Billing/List has no deadline: its client context never gets set_deadline(), so a slow or stuck acme.billing.v1.Billing holds this request for ever
  auto reader = billing.List(&ctx, req);
  acme::billing::v1::Resp item;
  while (reader->Read(&item)) {
  }
  return reader->Finish();
}

void Async(chain::C::Stub& c, const chain::Req& req, chain::Resp* resp, grpc::Status* status,
           grpc::CompletionQueue* cq) {
  grpc::ClientContext ctx;
  // CHECK: services/a/client.cpp:[[@LINE+1]]:16: warning: call to chain.C/Do has no deadline
  auto rpc = c.AsyncDo(&ctx, req, cq);
  rpc->Finish(resp, status, nullptr);
}

void Callback(chain::C::Stub& c, const chain::Req& req, chain::Resp* resp, grpc::Status* out) {
  // The context must outlive the call: it goes to the callback.
  auto ctx = std::make_shared<grpc::ClientContext>();
  // CHECK: services/a/client.cpp:[[@LINE+1]]:14: warning: call to chain.C/Do has no deadline
  c.async()->Do(ctx.get(), &req, resp, [ctx, out](grpc::Status s) { *out = s; });
}

//--- services/b/b.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>

class BImpl final : public chain::B::Service {
public:
  grpc::Status Do(grpc::ServerContext*, const chain::Req* req, chain::Resp* resp) override {
    resp->set_id(req->id());
    return grpc::Status::OK;
  }
};
