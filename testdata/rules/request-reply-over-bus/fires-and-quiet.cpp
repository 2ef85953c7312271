// request-reply-over-bus fires on a function that sends and then waits for
// a reply itself: NATS PublishRequest + NextMsg, a Redis job + BRPOP on a
// reply list, a Kafka produce + its own consumer's poll, and a send and
// receive inside one loop; quiet (near misses) on a start-up announcement
// before a consumer loop, a worker that pops first and publishes its result
// after, a callback subscription after a send, and NATS's own request API
// (a direct call). Suppressed in both comment forms.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %t/services/checkout/checkout.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt || true
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=warning: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 4 findings in 1 translation unit of 1 service (2 suppressed){{$}}

//--- .msglint.yaml
checks: '-*,request-reply-over-bus'

//--- services/checkout/checkout.cpp
#include <hiredis/hiredis.h>
#include <librdkafka/rdkafka.h>
#include <nats/nats.h>

void quote(natsConnection *nc) {
  natsSubscription *replies = nullptr;
  natsConnection_SubscribeSync(&replies, nc, "price.replies");
  // CHECK: services/checkout/checkout.cpp:[[#@LINE+1]]:3: warning: 'quote' sends 'price.quote' and then waits for a message on 'price.replies' itself: a request and its reply carried over the bus, a direct call in disguise, without a deadline or an error the caller can see; make it a direct call (an RPC), or let the answer arrive as an event handled elsewhere [request-reply-over-bus]
  natsConnection_PublishRequestString(nc, "price.quote", "price.replies", "{}");
  natsMsg *reply = nullptr;
  // CHECK-NEXT: services/checkout/checkout.cpp:[[#@LINE+1]]:3: note: waits for the reply here
  natsSubscription_NextMsg(&reply, replies, 500);
}

void label(redisContext *c) {
  // CHECK: services/checkout/checkout.cpp:[[#@LINE+1]]:19: warning: 'label' sends 'jobs:label' and then waits for a message on 'labels:done' itself
  freeReplyObject(redisCommand(c, "LPUSH jobs:label 42"));
  // CHECK-NEXT: services/checkout/checkout.cpp:[[#@LINE+1]]:19: note: waits for the reply here
  freeReplyObject(redisCommand(c, "BRPOP labels:done 5"));
}

void score(rd_kafka_t *rk) {
  rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(l, "fraud.scores", RD_KAFKA_PARTITION_UA);
  rd_kafka_subscribe(rk, l);
  for (int attempt = 0; attempt < 3; ++attempt) {
    // CHECK: services/checkout/checkout.cpp:[[#@LINE+1]]:5: warning: 'score' sends 'fraud.requests' and then waits for a message on 'fraud.scores' itself
    rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("fraud.requests"), RD_KAFKA_V_END);
    // CHECK-NEXT: services/checkout/checkout.cpp:[[#@LINE+1]]:29: note: waits for the reply here
    rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 1000);
    if (m)
      rd_kafka_message_destroy(m);
  }
}

void ship(redisContext *c) {
  for (;;) {
    // CHECK: services/checkout/checkout.cpp:[[#@LINE+1]]:21: warning: 'ship' sends 'jobs:ship' and then waits for a message on 'ship:acks' itself
    freeReplyObject(redisCommand(c, "RPUSH jobs:ship 1"));
    // CHECK-NEXT: services/checkout/checkout.cpp:[[#@LINE+1]]:21: note: waits for the reply here
    freeReplyObject(redisCommand(c, "BRPOP ship:acks 0"));
  }
}

// Near misses.
void announceThenConsume(rd_kafka_t *rk) {
  rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("checkout.started"), RD_KAFKA_V_END);
  rd_kafka_topic_partition_list_t *l = rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(l, "order.placed", RD_KAFKA_PARTITION_UA);
  rd_kafka_subscribe(rk, l);
  for (;;) {
    rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 1000);
    if (m)
      rd_kafka_message_destroy(m);
  }
}

void worker(redisContext *c) {
  for (;;) {
    freeReplyObject(redisCommand(c, "BRPOP jobs:pack 0"));
    freeReplyObject(redisCommand(c, "LPUSH jobs:ship 1"));
  }
}

static void onReply(natsConnection *, natsSubscription *, natsMsg *m, void *) { natsMsg_Destroy(m); }
void asyncReply(natsConnection *nc, natsSubscription **sub) {
  natsConnection_PublishString(nc, "stock.check", "{}");
  natsConnection_Subscribe(sub, nc, "stock.answers", onReply, nullptr);
}

natsStatus nativeRequest(natsConnection *nc) {
  natsMsg *reply = nullptr;
  return natsConnection_RequestString(&reply, nc, "tax.quote", "{}", 500);
}

void suppressed(redisContext *c) {
  // NOLINTNEXTLINE(msglint-request-reply-over-bus): the legacy labeller has no RPC yet
  freeReplyObject(redisCommand(c, "LPUSH jobs:legacy 1"));
  freeReplyObject(redisCommand(c, "LPUSH jobs:old 1")); // msglint: ignore(request-reply-over-bus) same
  freeReplyObject(redisCommand(c, "BRPOP legacy:done 5"));
}
