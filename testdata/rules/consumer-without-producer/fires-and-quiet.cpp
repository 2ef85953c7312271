// consumer-without-producer fires on a subscription to a name nobody in the
// scan publishes and on a worker of a queue nobody enqueues to; quiet (near
// misses) on names produced in another service, on a dynamic subscription,
// and on a producer-less name when the rule is suppressed, in both forms.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %t/services/orders/orders.cpp %t/services/billing/billing.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 2 findings in 2 translation units of 2 services (2 suppressed){{$}}

// CHECK:      services/billing/billing.cpp:[[#]]:21: note: worker of queue 'jobs:refund' has nothing enqueuing to it in the 2 services and 2 translation units scanned: check the name (a typo?), or drop the consumer [consumer-without-producer]
// CHECK:      services/billing/billing.cpp:[[#]]:3: note: subscription to 'payments.confirmed' has no publisher in the 2 services and 2 translation units scanned: check the name (a typo?), or drop the consumer [consumer-without-producer]
// CHECK-NEXT: services/billing/billing.cpp:[[#]]:3: note: also consumed here, by 'again'

//--- .msglint.yaml
checks: '-*,consumer-without-producer'

//--- services/orders/orders.cpp
#include <hiredis/hiredis.h>
#include <nats/nats.h>

void sell(natsConnection *nc, redisContext *c) {
  natsConnection_PublishString(nc, "payment.confirmed", "{}");
  freeReplyObject(redisCommand(c, "LPUSH jobs:label 1"));
}

//--- services/billing/billing.cpp
#include <hiredis/hiredis.h>
#include <nats/nats.h>
#include <string>

static void on(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }

void work(redisContext *c) {
  for (;;) {
    freeReplyObject(redisCommand(c, "BRPOP jobs:refund 0"));
    freeReplyObject(redisCommand(c, "BRPOP jobs:label 0"));
  }
}

void listen(natsConnection *nc, natsSubscription **a, natsSubscription **b, const std::string &runtime) {
  // orders publishes 'payment.confirmed': a typo on one side.
  natsConnection_Subscribe(a, nc, "payments.confirmed", on, nullptr);
  natsConnection_Subscribe(b, nc, runtime.c_str(), on, nullptr);
  // NOLINTNEXTLINE(msglint-consumer-without-producer): published by the payments vendor
  natsConnection_Subscribe(b, nc, "vendor.settled", on, nullptr);
  natsConnection_Subscribe(b, nc, "vendor.disputed", on, nullptr); // msglint: ignore(consumer-without-producer) vendor
}

void again(natsConnection *nc, natsSubscription **a) {
  natsConnection_Subscribe(a, nc, "payments.confirmed", on, nullptr);
}
