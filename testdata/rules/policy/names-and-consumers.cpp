// policy: required shapes. Every event checkout publishes matches a regex
// (fires on the one that does not, at its publish site; quiet on another
// service's event of any shape). Every consumer of payment.* lives in
// billing or ledger (fires at analytics' subscription; quiet on ledger's,
// and billing's, and on analytics consuming a name outside the pattern). Jobs are checked
// only where `via` says so: checkout's badly shaped job queue fires in the
// policy about jobs, not in the one about events.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %t/services/analytics/analytics.cpp %t/services/billing/billing.cpp %t/services/checkout/checkout.cpp %t/services/ledger/ledger.cpp %t/services/payments/payments.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt || true
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 3 findings in 5 translation units of 5 services{{$}}

//--- .msglint.yaml
checks: '-*,policy'
policies:
  - name: order-event-names
    message: checkout's events are order facts
    names:
      by: checkout
      match: '/order\.[a-z_]+/'
  - name: job-queue-names
    names: {by: 'check*', match: 'jobs.*', via: job}
  - name: payment-consumers
    level: error
    consumers:
      of: payment.*
      in: [billing, ledger]

//--- services/analytics/analytics.cpp
#include <nats/nats.h>

static void onAny(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }

void count(natsConnection *nc, natsSubscription **a, natsSubscription **b, natsSubscription **c) {
  // CHECK: services/analytics/analytics.cpp:[[@LINE+1]]:3: error: analytics consumes 'payment.settled', but policy 'payment-consumers' allows its consumers only in billing, ledger [policy]
  natsConnection_Subscribe(a, nc, "payment.settled", onAny, nullptr);
  natsConnection_Subscribe(b, nc, "paymentsettled", onAny, nullptr);
  natsConnection_Subscribe(c, nc, "order.placed", onAny, nullptr);
}
//--- services/billing/billing.cpp
#include <nats/nats.h>

static void onPayment(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }

void bill(natsConnection *nc, natsSubscription **sub) {
  natsConnection_Subscribe(sub, nc, "payment.settled", onPayment, nullptr);
}

//--- services/checkout/checkout.cpp
#include <hiredis/hiredis.h>
#include <nats/nats.h>

void sell(natsConnection *nc, redisContext *redis) {
  natsConnection_PublishString(nc, "order.placed", "{}");
  // CHECK: services/checkout/checkout.cpp:[[@LINE+1]]:3: warning: event 'OrderShipped', published by checkout, does not have the shape /order\.[a-z_]+/ that policy 'order-event-names' requires: checkout's events are order facts [policy]
  natsConnection_PublishString(nc, "OrderShipped", "{}");
  freeReplyObject(redisCommand(redis, "LPUSH jobs.invoice 1"));
  // CHECK: services/checkout/checkout.cpp:[[@LINE+1]]:19: warning: job queue 'invoice', enqueued by checkout, does not have the shape jobs.* that policy 'job-queue-names' requires [policy]
  freeReplyObject(redisCommand(redis, "LPUSH invoice 1"));
}

//--- services/ledger/ledger.cpp
#include <nats/nats.h>

static void onPayment(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }

void listen(natsConnection *nc, natsSubscription **sub) {
  natsConnection_Subscribe(sub, nc, "payment.settled", onPayment, nullptr);
}

//--- services/payments/payments.cpp
#include <nats/nats.h>

void settle(natsConnection *nc) {
  // Not checkout's: any shape.
  natsConnection_PublishString(nc, "payment.settled", "{}");
  natsConnection_PublishString(nc, "paymentsettled", "{}");
}

