// policy: a limit of synchronous dependencies per service, and layers by
// tag. checkout calls three services directly where two are allowed: one
// finding, at the first call to the third (in source order), a note at
// each other dependency's first call. gateway calls two: quiet; a second
// call to a service already counted adds nothing. Layers edge > core >
// data: ledger (data) calling gateway (edge) fires; gateway calling down
// into checkout, and checkout calling billing in its own layer, are quiet;
// an event from data up to edge is not a call: quiet.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/billing/billing.cpp %t/services/checkout/checkout.cpp %t/services/gateway/gateway.cpp %t/services/inventory/inventory.cpp %t/services/ledger/ledger.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt || true
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 2 findings in 5 translation units of 5 services{{$}}

//--- .msglint.yaml
checks: '-*,policy'
tags:
  edge: gateway
  core: [checkout, billing, inventory]
  data: 'ledg*'
policies:
  - name: few-sync-dependencies
    limit: {services: '*', max-sync-dependencies: 2}
  - name: layers
    message: data services answer, they do not ask
    layers: [tag:edge, tag:core, tag:data]

//--- common/soon.h
#pragma once
#include <chrono>
inline std::chrono::system_clock::time_point Soon() {
  return std::chrono::system_clock::now() + std::chrono::seconds(1);
}

//--- services/billing/billing.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>

class Billing final : public chain::B::Service {
public:
  grpc::Status Do(grpc::ServerContext *, const chain::Req *, chain::Resp *) override {
    return grpc::Status::OK;
  }
};

//--- services/checkout/checkout.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>

class Checkout final : public chain::C::Service {
public:
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext a, b, c;
    a.set_deadline(Soon());
    b.set_deadline(Soon());
    c.set_deadline(Soon());
    // CHECK: services/checkout/checkout.cpp:[[@LINE+5]]:18: warning: checkout calls 3 services directly (billing, inventory, ledger); policy 'few-sync-dependencies' allows at most 2, and this call to ledger is one too many [policy]
    // CHECK-NEXT: services/checkout/checkout.cpp:[[@LINE+2]]:32: note: checkout calls billing: 'Checkout::Do' calls chain.B/Do
    // CHECK-NEXT: services/checkout/checkout.cpp:[[@LINE+2]]:21: note: checkout calls inventory: 'Checkout::Do' calls chain.D/Do
    grpc::Status s = billing_->Do(&a, *req, resp);
    s = inventory_->Do(&b, *req, resp);
    s = ledger_->Do(&c, *req, resp);
    return s;
  }
  std::unique_ptr<chain::B::Stub> billing_;
  std::unique_ptr<chain::D::Stub> inventory_;
  std::unique_ptr<chain::E::Stub> ledger_;
};

//--- services/gateway/gateway.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>

class Gateway final : public chain::A::Service {
public:
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext a, b, c;
    a.set_deadline(Soon());
    b.set_deadline(Soon());
    c.set_deadline(Soon());
    grpc::Status s = checkout_->Do(&a, *req, resp);
    s = inventory_->Do(&b, *req, resp);
    s = inventory_->Do(&c, *req, resp);
    return s;
  }
  std::unique_ptr<chain::C::Stub> checkout_;
  std::unique_ptr<chain::D::Stub> inventory_;
};

//--- services/inventory/inventory.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <nats/nats.h>

static void onStock(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }

class Inventory final : public chain::D::Service {
public:
  grpc::Status Do(grpc::ServerContext *, const chain::Req *, chain::Resp *) override {
    return grpc::Status::OK;
  }
};

void Watch(natsConnection *nc, natsSubscription **sub) {
  natsConnection_Subscribe(sub, nc, "ledger.closed", onStock, nullptr);
}

//--- services/ledger/ledger.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <nats/nats.h>

class Ledger final : public chain::E::Service {
public:
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    natsConnection_PublishString(nc_, "ledger.closed", "{}");
    // CHECK: services/ledger/ledger.cpp:[[@LINE+1]]:22: warning: ledger calls chain.A/Do (gateway): ledger is in layer data, below gateway's layer edge, and policy 'layers' lets a layer depend only on itself and the layers under it (tag:edge, tag:core, tag:data): data services answer, they do not ask [policy]
    return gateway_->Do(&ctx, *req, resp);
  }
  natsConnection *nc_ = nullptr;
  std::unique_ptr<chain::A::Stub> gateway_;
};
