// Who owns which code, with zero configuration: services/<name>/,
// src/<name>/ and <name>-service/ layouts; shared code in common/ belongs
// to every service whose code reaches it; an endpoint nobody here
// implements has service null; generated code holds no sites.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: cp %gen/chain.pb.cc %t/gen-copy.pb.cc
// RUN: %make-compdb %t
// RUN: %msglint graph -p %t/build --root %t --format json -o %t/graph.json
// RUN: FileCheck %s --input-file %t/graph.json

// CHECK:      "nodes": [
// CHECK-NEXT:   {
// CHECK-NEXT:     "id": "service:alpha",
// CHECK-NEXT:     "kind": "service",
// CHECK-NEXT:     "name": "alpha"
// CHECK-NEXT:   },
// CHECK-NEXT:   {
// CHECK-NEXT:     "id": "service:beta",
// CHECK:          "id": "service:gamma",
// CHECK-NEXT:     "kind": "service",
// CHECK-NOT:      "kind": "service"
// CHECK:          "id": "endpoint:chain.A/Do",
// CHECK-NEXT:     "kind": "endpoint",
// CHECK-NEXT:     "name": "chain.A/Do",
// CHECK-NEXT:     "service": "alpha",
// CHECK-NEXT:     "implementedBy": [
// CHECK-NEXT:       {
// CHECK-NEXT:         "file": "services/alpha/alpha.cpp",
// CHECK-NEXT:         "line": {{[0-9]+}},
// CHECK:          "id": "endpoint:chain.B/Do",
// CHECK:            "service": "beta",
// CHECK:              "file": "src/beta/beta.cpp",
// CHECK:          "id": "endpoint:chain.C/Do",
// CHECK:            "service": "gamma",
// CHECK:              "file": "gamma-service/gamma.cpp",
// CHECK:          "id": "endpoint:chain.G/Do",
// CHECK-NEXT:     "kind": "endpoint",
// CHECK-NEXT:     "name": "chain.G/Do",
// CHECK-NEXT:     "service": null,
// CHECK-NEXT:     "implementedBy": []

// The shared helper's call appears under both services that use it.
// CHECK:      "edges": [
// CHECK:        "kind": "call",
// CHECK-NEXT:   "from": "service:alpha",
// CHECK-NEXT:   "to": "endpoint:chain.B/Do",
// CHECK-NEXT:   "sites": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "file": "services/alpha/alpha.cpp",
// CHECK-NEXT:       "line": {{[0-9]+}},
// CHECK-NEXT:       "col": 15,
// CHECK-NEXT:       "function": "AlphaImpl::Do"
// CHECK:        "from": "service:alpha",
// CHECK-NEXT:   "to": "endpoint:chain.G/Do",
// CHECK-NEXT:   "sites": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "file": "common/audit.cpp",
// CHECK:            "function": "common::Audit"
// CHECK:        "from": "service:beta",
// CHECK-NEXT:   "to": "endpoint:chain.C/Do",
// CHECK:        "from": "service:gamma",
// CHECK-NEXT:   "to": "endpoint:chain.G/Do",
// CHECK-NEXT:   "sites": [
// CHECK-NEXT:     {
// CHECK-NEXT:       "file": "common/audit.cpp",
// CHECK:            "function": "common::Audit"
// CHECK-NOT:    "from"
// CHECK:      ]

//--- common/audit.h
#pragma once
namespace common {
void Audit();
}
//--- common/audit.cpp
#include "common/audit.h"
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
namespace common {
void Audit() {
  auto stub = chain::G::NewStub(grpc::CreateChannel("g", grpc::InsecureChannelCredentials()));
  grpc::ClientContext ctx;
  chain::Req req;
  chain::Resp resp;
  if (!stub->Do(&ctx, req, &resp).ok())
    return;
}
} // namespace common
//--- services/alpha/alpha.cpp
#include "chain.grpc.pb.h"
#include "common/audit.h"
#include <grpcpp/grpcpp.h>
class AlphaImpl : public chain::A::Service {
  std::unique_ptr<chain::B::Stub> b;
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext ctx;
    common::Audit();
    return b->Do(&ctx, *req, resp);
  }
};
//--- src/beta/beta.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
class BetaImpl : public chain::B::Service {
  std::unique_ptr<chain::C::Stub> c;
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext ctx;
    return c->Do(&ctx, *req, resp);
  }
};
//--- gamma-service/gamma.cpp
#include "chain.grpc.pb.h"
#include "common/audit.h"
#include <grpcpp/grpcpp.h>
class GammaImpl : public chain::C::Service {
  grpc::Status Do(grpc::ServerContext *, const chain::Req *, chain::Resp *) override {
    common::Audit();
    return grpc::Status::OK;
  }
};
