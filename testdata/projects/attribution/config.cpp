// Services named in .msglint.yaml win over the folder layout; code no glob
// and no layout claims is shared; `generated` globs hide hand-rolled
// generated code.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %msglint graph -p %t/build --format json -o %t/graph.json
// RUN: FileCheck %s --input-file %t/graph.json --implicit-check-not='"kind": "service"'

// CHECK:      "id": "service:orders",
// CHECK-NEXT: "kind": "service",
// CHECK:      "id": "service:payments",
// CHECK-NEXT: "kind": "service",
// CHECK:      "id": "endpoint:chain.A/Do",
// CHECK:        "service": "orders",
// CHECK:      "id": "endpoint:chain.B/Do",
// CHECK:        "service": "payments",
// CHECK:      "edges": [
// CHECK:        "from": "service:orders",
// CHECK-NEXT:   "to": "endpoint:chain.B/Do",
// CHECK-NOT:  "from"
// CHECK:      ]

//--- .msglint.yaml
services:
  orders: ["apps/order-*/*"]
  payments: ["lib/pay/*", "services/billing/*"]
generated: ["third_party/stubs/*"]
//--- apps/order-api/server.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
class OrdersImpl : public chain::A::Service {
  std::unique_ptr<chain::B::Stub> b;
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext ctx;
    return b->Do(&ctx, *req, resp);
  }
};
//--- services/billing/server.cpp
// services/billing/ would be "billing" by layout; the config says payments.
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
class PaymentsImpl : public chain::B::Service {
  grpc::Status Do(grpc::ServerContext *, const chain::Req *, chain::Resp *) override {
    return grpc::Status::OK;
  }
};
//--- third_party/stubs/fake.cpp
// Declared generated: its call is the library's, not the project's.
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
void fake(chain::C::Stub &c) {
  grpc::ClientContext ctx;
  chain::Req req;
  chain::Resp resp;
  (void)c.Do(&ctx, req, &resp);
}
