// event-without-consumer fires on an event nobody in the scan consumes and
// on a job queue nobody works (one finding per name, at its first sending
// site, a note at each other one); quiet (near misses) on a name consumed
// under the same exact spelling in another service, a job worked by a pop
// loop, and a dynamic name (which joins nothing). A misspelt consumer is
// exactly what it finds. Suppressed in both comment forms.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %t/services/orders/orders.cpp %t/services/billing/billing.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 2 findings in 2 translation units of 2 services (2 suppressed){{$}}

// CHECK:      services/orders/orders.cpp:[[#]]:3: note: event 'payment.confirmed' is published, but nothing consumes it in the 2 services and 2 translation units scanned: check the name, or remove the dead send [event-without-consumer]
// CHECK-NEXT: services/orders/orders.cpp:[[#]]:34: note: also sent here, by 'retry'
// CHECK-NEXT: services/orders/orders.cpp:[[#]]:19: note: job queue 'jobs:invoice' is enqueued to, but nothing works it in the 2 services and 2 translation units scanned: check the name, or remove the dead send [event-without-consumer]

//--- .msglint.yaml
checks: '-*,event-without-consumer'

//--- services/orders/orders.cpp
#include <hiredis/hiredis.h>
#include <nats/nats.h>
#include <string>

void sell(natsConnection *nc, redisContext *c, const std::string &runtime) {
  // billing subscribes to 'payments.confirmed': a typo on one side.
  natsConnection_PublishString(nc, "payment.confirmed", "{}");
  natsConnection_PublishString(nc, "order.placed", "{}");
  freeReplyObject(redisCommand(c, "LPUSH jobs:invoice 1"));
  freeReplyObject(redisCommand(c, "LPUSH jobs:label 1"));
  natsConnection_PublishString(nc, runtime.c_str(), "{}");
  // NOLINTNEXTLINE(msglint-event-without-consumer): consumed by the data team's repo
  natsConnection_PublishString(nc, "order.audited", "{}");
  natsConnection_PublishString(nc, "order.archived", "{}"); // msglint: ignore(event-without-consumer) a sink
}

void retry(natsConnection *nc) { natsConnection_PublishString(nc, "payment.confirmed", "{}"); }

//--- services/billing/billing.cpp
#include <hiredis/hiredis.h>
#include <nats/nats.h>

static void on(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }

void listen(natsConnection *nc, natsSubscription **a, natsSubscription **b) {
  natsConnection_Subscribe(a, nc, "payments.confirmed", on, nullptr);
  natsConnection_Subscribe(b, nc, "order.placed", on, nullptr);
}

void label(redisContext *c) {
  for (;;)
    freeReplyObject(redisCommand(c, "BRPOP jobs:label 0"));
}
