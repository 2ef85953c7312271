// Every way a client reaches a generated gRPC stub: sync unary and the
// three streaming kinds, Async/PrepareAsync, the callback API, through
// unique_ptr, shared_ptr, references, members, StubInterface and a
// template, with method names that look like generated prefixes.
// RUN: rm -rf %t && mkdir -p %t/services/caller && cp %s %t/services/caller/main.cpp
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen %s
// RUN: %msglint extract -p %t/build --root %t %t/services/caller/main.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json | FileCheck %s

#include "shapes.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <memory>

using acme::billing::v1::Billing;
using acme::billing::v1::Odd;
using acme::billing::v1::Req;
using acme::billing::v1::Resp;

struct Clients {
  std::unique_ptr<Billing::Stub> billing;
  std::shared_ptr<Billing::StubInterface> shared;
  std::unique_ptr<Odd::Stub> odd;
  grpc::CompletionQueue cq;

  grpc::Status unary() {
    grpc::ClientContext ctx;
    Req req;
    Resp resp;
    // CHECK-DAG: site [[@LINE+1]]:21 call acme.billing.v1.Billing/Charge style=unary blocking=true result=used deadline=unset in Clients::unary
    return billing->Charge(&ctx, req, &resp);
  }

  void streams() {
    grpc::ClientContext a, b, c;
    Req req;
    Resp resp;
    // CHECK-DAG: site [[@LINE+1]]:28 call acme.billing.v1.Billing/List style=server-stream blocking=true result=used deadline=unset in Clients::streams
    auto reader = billing->List(&a, req);
    // CHECK-DAG: site [[@LINE+1]]:28 call acme.billing.v1.Billing/Upload style=client-stream blocking=true result=used deadline=unset in Clients::streams
    auto writer = billing->Upload(&b, &resp);
    // CHECK-DAG: site [[@LINE+1]]:26 call acme.billing.v1.Billing/Chat style=bidi-stream blocking=true result=used deadline=unset in Clients::streams
    auto chat = billing->Chat(&c);
    reader->Finish();
    writer->Finish();
    chat->Finish();
  }

  void async() {
    grpc::ClientContext a, b;
    Req req;
    Resp resp;
    grpc::Status status;
    // CHECK-DAG: site [[@LINE+1]]:25 call acme.billing.v1.Billing/Charge style=async blocking=false result=used deadline=unset in Clients::async
    auto rpc = billing->AsyncCharge(&a, req, &cq);
    rpc->Finish(&resp, &status, nullptr);
    // CHECK-DAG: site [[@LINE+1]]:27 call acme.billing.v1.Billing/List style=async blocking=false result=used deadline=unset in Clients::async
    auto later = billing->PrepareAsyncList(&b, req, &cq);
    later->StartCall(nullptr);
  }

  void callback() {
    grpc::ClientContext ctx;
    Req req;
    Resp resp;
    // CHECK-DAG: site [[@LINE+1]]:23 call acme.billing.v1.Billing/Charge style=callback blocking=false result=used deadline=unset in Clients::callback
    billing->async()->Charge(&ctx, &req, &resp, [](grpc::Status s) { (void)s.ok(); });
  }

  // Through the StubInterface held in a shared_ptr, and a reference.
  grpc::Status interface(Billing::StubInterface &ref) {
    grpc::ClientContext a, b;
    Req req;
    Resp resp;
    // CHECK-DAG: site [[@LINE+1]]:30 call acme.billing.v1.Billing/Charge style=unary blocking=true result=used deadline=unset in Clients::interface
    grpc::Status s = shared->Charge(&a, req, &resp);
    if (!s.ok())
      return s;
    // CHECK-DAG: site [[@LINE+1]]:16 call acme.billing.v1.Billing/Charge style=unary blocking=true result=used deadline=unset in Clients::interface
    return ref.Charge(&b, req, &resp);
  }

  // An RPC really named AsyncExport, and one named RequestRefund.
  grpc::Status odd_names() {
    grpc::ClientContext a, b, c;
    Req req;
    Resp resp;
    grpc::ClientContext d;
    // CHECK-DAG: site [[@LINE+1]]:20 call acme.billing.v1.Odd/AsyncExport style=unary blocking=true result=used deadline=unset in Clients::odd_names
    auto s1 = odd->AsyncExport(&a, req, &resp);
    // CHECK-DAG: site [[@LINE+1]]:20 call acme.billing.v1.Odd/AsyncExport style=async blocking=false result=used deadline=unset in Clients::odd_names
    auto r1 = odd->AsyncAsyncExport(&b, req, &cq);
    // CHECK-DAG: site [[@LINE+1]]:20 call acme.billing.v1.Odd/Export style=async blocking=false result=used deadline=unset in Clients::odd_names
    auto r2 = odd->AsyncExport(&d, req, &cq);
    r1->Finish(&resp, &s1, nullptr);
    r2->Finish(&resp, &s1, nullptr);
    // CHECK-DAG: site [[@LINE+1]]:17 call acme.billing.v1.Odd/RequestRefund style=unary blocking=true result=used deadline=unset in Clients::odd_names
    return odd->RequestRefund(&c, req, &resp);
  }
};

// A template: the call is found in its instantiation, reported once.
template <typename Stub> grpc::Status generic(Stub &stub) {
  grpc::ClientContext ctx;
  Req req;
  Resp resp;
  // CHECK-DAG: site [[@LINE+1]]:15 call acme.billing.v1.Billing/Charge style=unary blocking=true result=used deadline=unset in generic
  return stub.Charge(&ctx, req, &resp);
}
grpc::Status useGeneric(Billing::Stub &stub) { return generic(stub); }
grpc::Status useGenericAgain(Billing::Stub &stub) { return generic(stub); }

// CHECK-NOT: site
// CHECK: errors 0
