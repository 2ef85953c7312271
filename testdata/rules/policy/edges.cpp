// policy: forbidden edges and allowed-only edges, by name, glob and tag, on
// calls and jobs. Fires at the call or enqueue site that breaks a policy;
// quiet on the near misses (an event where only calls are forbidden, the
// allowed caller, a service's call of its own endpoint); suppressed by an
// inline comment. Levels come from each policy.
//
//   checkout -> email (D/Do)        forbidden call           fires (error)
//   checkout -> email (job)         forbidden only with via job: fires in its policy
//   checkout -> email (event)       via call only: quiet
//   ledger   -> payments (C/Do)     only tag:edge and checkout may: fires
//   checkout -> payments            allowed: quiet
//   gateway  -> payments            allowed by tag: quiet
//   payments -> payments (C/Do)     its own endpoint: quiet
//   checkout -> analytics (F/Do)    forbidden, suppressed
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/gateway/gateway.cpp %t/services/checkout/checkout.cpp %t/services/ledger/ledger.cpp %t/services/payments/payments.cpp %t/services/email/email.cpp %t/services/analytics/analytics.cpp
// RUN: not %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 3 findings in 6 translation units of 6 services (1 suppressed){{$}}

//--- .msglint.yaml
checks: '-*,policy'
tags:
  edge: gateway
policies:
  - name: checkout-notifies-asynchronously
    message: checkout must not wait on notifications; hand them to a job or an event
    level: error
    forbid:
      from: checkout
      to: [email, 'analytic?']
  - name: no-email-jobs-from-checkout
    message: email jobs come from the order pipeline
    forbid: {from: checkout, to: /e.ail/, via: job}
  - name: payments-behind-checkout
    allow-only:
      from: [tag:edge, checkout]
      to: payments

//--- common/soon.h
#pragma once
#include <chrono>
inline std::chrono::system_clock::time_point Soon() {
  return std::chrono::system_clock::now() + std::chrono::seconds(1);
}

//--- services/gateway/gateway.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>

grpc::Status Pay(chain::C::Stub &payments, const chain::Req &req, chain::Resp *resp) {
  grpc::ClientContext ctx;
  ctx.set_deadline(Soon());
  return payments.Do(&ctx, req, resp);
}

//--- services/checkout/checkout.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <nats/nats.h>

grpc::Status Order(chain::C::Stub &payments, chain::D::Stub &email, chain::F::Stub &analytics,
                   redisContext *redis, natsConnection *nats, const chain::Req &req,
                   chain::Resp *resp) {
  grpc::ClientContext pay, mail, count;
  pay.set_deadline(Soon());
  mail.set_deadline(Soon());
  count.set_deadline(Soon());
  grpc::Status s = payments.Do(&pay, req, resp);
  if (!s.ok())
    return s;
  // CHECK: services/checkout/checkout.cpp:[[@LINE+1]]:13: error: checkout calls chain.D/Do (email): forbidden by policy 'checkout-notifies-asynchronously': checkout must not wait on notifications; hand them to a job or an event [policy]
  s = email.Do(&mail, req, resp);
  // msglint: ignore(policy) analytics moves to the order event next sprint
  s = analytics.Do(&count, req, resp);
  // CHECK: services/checkout/checkout.cpp:[[@LINE+1]]:19: warning: checkout enqueues a job on 'mail', worked by email: forbidden by policy 'no-email-jobs-from-checkout': email jobs come from the order pipeline [policy]
  freeReplyObject(redisCommand(redis, "LPUSH mail 1"));
  natsConnection_PublishString(nats, "order.placed", "{}");
  return s;
}

//--- services/ledger/ledger.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>

class Ledger final : public chain::E::Service {
public:
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    // CHECK: services/ledger/ledger.cpp:[[@LINE+1]]:23: warning: ledger calls chain.C/Do (payments): policy 'payments-behind-checkout' allows only tag:edge, checkout to depend on payments [policy]
    return payments_->Do(&ctx, *req, resp);
  }
  std::unique_ptr<chain::C::Stub> payments_;
};

//--- services/payments/payments.cpp
#include "chain.grpc.pb.h"
#include "common/soon.h"
#include <grpcpp/grpcpp.h>

class Payments final : public chain::C::Service {
public:
  grpc::Status Do(grpc::ServerContext *, const chain::Req *req, chain::Resp *resp) override {
    grpc::ClientContext ctx;
    ctx.set_deadline(Soon());
    return self_->Do(&ctx, *req, resp);
  }
  std::unique_ptr<chain::C::Stub> self_;
};

//--- services/email/email.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <nats/nats.h>

static void onOrder(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }

class Email final : public chain::D::Service {
public:
  grpc::Status Do(grpc::ServerContext *, const chain::Req *, chain::Resp *) override {
    return grpc::Status::OK;
  }
};

void Work(redisContext *redis, natsConnection *nats, natsSubscription **sub) {
  freeReplyObject(redisCommand(redis, "BRPOP mail 0"));
  natsConnection_Subscribe(sub, nats, "order.placed", onOrder, nullptr);
}

//--- services/analytics/analytics.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>

class Analytics final : public chain::F::Service {
public:
  grpc::Status Do(grpc::ServerContext *, const chain::Req *, chain::Resp *) override {
    return grpc::Status::OK;
  }
};
