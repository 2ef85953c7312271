// single-consumer-event fires on an event with exactly one consuming
// service, whatever the library (Kafka, NATS, a Redis stream), with a note
// at the consumer; it stays quiet (near misses) on an event with two
// consuming services, with one service that has two consuming sites (still
// one consumer: fires once), with no consumer, on one that a service
// publishes and consumes itself, and on a job queue with one worker.
// Suppressed at the publishing line in both comment forms.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %t/services/orders/orders.cpp %t/services/billing/billing.cpp %t/services/analytics/analytics.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt || true
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=warning: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 3 findings in 3 translation units of 3 services (2 suppressed){{$}}

// Each finding at the first publishing site, a note at each consuming site.
// CHECK:      services/orders/orders.cpp:[[#]]:3: warning: event 'invoice.requested' has one consumer, billing, in the 3 services and 3 translation units scanned: if only billing must act on it, enqueue a job for billing instead; an event is for facts several parties react to [single-consumer-event]
// CHECK-NEXT: services/billing/billing.cpp:[[#]]:3: note: the one consumer: 'listen' (billing)
// CHECK-NEXT: services/orders/orders.cpp:[[#]]:3: warning: event 'refund.requested' has one consumer, billing,
// CHECK-NEXT: services/billing/billing.cpp:[[#]]:3: note: the one consumer: 'listen' (billing)
// Two reading sites in one service: still one consumer, two notes.
// CHECK-NEXT: services/orders/orders.cpp:[[#]]:19: warning: event 'orders:stream' has one consumer, analytics,
// CHECK-NEXT: services/analytics/analytics.cpp:[[#]]:19: note: the one consumer: 'count' (analytics)
// CHECK-NEXT: services/analytics/analytics.cpp:[[#]]:19: note: the one consumer: 'count' (analytics)

//--- .msglint.yaml
checks: '-*,single-consumer-event'

//--- services/orders/orders.cpp
#include <hiredis/hiredis.h>
#include <librdkafka/rdkafka.h>
#include <nats/nats.h>

void sell(rd_kafka_t *rk, natsConnection *nc, redisContext *c) {
  rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("invoice.requested"), RD_KAFKA_V_END);
  // Two consumers (billing, analytics): an event as meant.
  rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("order.placed"), RD_KAFKA_V_END);
  // No consumer: not this rule's business.
  rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("order.audited"), RD_KAFKA_V_END);
  natsConnection_PublishString(nc, "refund.requested", "{}");
  freeReplyObject(redisCommand(c, "XADD orders:stream * id 1"));
  // A job with one worker: what a job is.
  freeReplyObject(redisCommand(c, "LPUSH jobs:pack 1"));
  // NOLINTNEXTLINE(msglint-single-consumer-event): the second consumer ships next sprint
  rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("order.packed"), RD_KAFKA_V_END);
  // msglint: ignore(single-consumer-event) kept as an event on purpose
  rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("order.weighed"), RD_KAFKA_V_END);
}

// orders consumes what it publishes itself: its own business.
void selfLoop(rd_kafka_t *rk) {
  rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("orders.internal"), RD_KAFKA_V_END);
  rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(l, "orders.internal", RD_KAFKA_PARTITION_UA);
  rd_kafka_subscribe(rk, l);
}

//--- services/billing/billing.cpp
#include <librdkafka/rdkafka.h>
#include <nats/nats.h>

static void onRefund(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }

void listen(rd_kafka_t *rk, natsConnection *nc, natsSubscription **sub) {
  rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(4);
  rd_kafka_topic_partition_list_add(l, "invoice.requested", RD_KAFKA_PARTITION_UA);
  rd_kafka_topic_partition_list_add(l, "order.placed", RD_KAFKA_PARTITION_UA);
  rd_kafka_topic_partition_list_add(l, "order.packed", RD_KAFKA_PARTITION_UA);
  rd_kafka_topic_partition_list_add(l, "order.weighed", RD_KAFKA_PARTITION_UA);
  rd_kafka_subscribe(rk, l);
  natsConnection_Subscribe(sub, nc, "refund.requested", onRefund, nullptr);
}

//--- services/analytics/analytics.cpp
#include <hiredis/hiredis.h>
#include <librdkafka/rdkafka.h>

void count(rd_kafka_t *rk, redisContext *c) {
  rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(l, "order.placed", RD_KAFKA_PARTITION_UA);
  rd_kafka_subscribe(rk, l);
  freeReplyObject(redisCommand(c, "XREADGROUP GROUP stats s1 STREAMS orders:stream >"));
  freeReplyObject(redisCommand(c, "XREAD STREAMS orders:stream 0"));
}

void pack(redisContext *c) { freeReplyObject(redisCommand(c, "BRPOP jobs:pack 0")); }

