// librdkafka C API: rd_kafka_producev (topic by name and by handle),
// rd_kafka_produce on handles made by rd_kafka_topic_new, topic names from
// literals, constants, std::string and concatenation, a wrapper taking the
// topic as a parameter, names that stay dynamic; the high-level consumer's
// partition lists handed to subscribe/assign (one site per topic added) and
// its poll loop as the entry point; the legacy consumer.
// RUN: rm -rf %t && mkdir -p %t/services/orders && cp %s %t/services/orders/main.cpp
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %s
// RUN: %msglint extract -p %t/build --root %t %t/services/orders/main.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json | FileCheck %s --implicit-check-not=site --implicit-check-not=entry --implicit-check-not=call

#include <librdkafka/rdkafka.h>

#include <string>
#include <vector>

namespace {
constexpr const char *kCreated = "order.created";
const std::string kDomain = "order";
} // namespace

struct Orders {
  rd_kafka_t *rk = nullptr;
  rd_kafka_topic_t *shipped = nullptr; // made elsewhere: the name is not known here

  void created(const std::string &id) {
    // CHECK-DAG: site [[@LINE+1]]:5 publish order.created style=producev blocking=false result=used deadline=n/a in Orders::created
    rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(kCreated), RD_KAFKA_V_VALUE((void *)id.data(), id.size()),
                      RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
  }

  rd_kafka_resp_err_t confirmed(const std::string &id) {
    const std::string topic = kDomain + ".confirmed";
    // CHECK-DAG: site [[@LINE+1]]:12 publish order.confirmed style=producev blocking=false result=used deadline=n/a in Orders::confirmed
    return rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(topic.c_str()),
                             RD_KAFKA_V_VALUE((void *)id.data(), id.size()), RD_KAFKA_V_END);
  }

  // A handle created here names its topic.
  int cancelled(char *payload, size_t len) {
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, "order.cancelled", nullptr);
    // CHECK-DAG: site [[@LINE+1]]:14 publish order.cancelled style=produce blocking=false result=used deadline=n/a in Orders::cancelled
    int rc = rd_kafka_produce(rkt, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY, payload, len,
                              nullptr, 0, nullptr);
    rd_kafka_topic_destroy(rkt);
    return rc;
  }

  void viaHandle(char *payload, size_t len) {
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, "order.refunded", nullptr);
    // CHECK-DAG: site [[@LINE+1]]:5 publish order.refunded style=producev blocking=false result=used deadline=n/a in Orders::viaHandle
    rd_kafka_producev(rk, RD_KAFKA_V_RKT(rkt), RD_KAFKA_V_VALUE(payload, len), RD_KAFKA_V_END);
    // CHECK-DAG: site [[@LINE+1]]:5 publish dynamic style=produce blocking=false result=used deadline=n/a expr=shipped in Orders::viaHandle
    rd_kafka_produce(shipped, 0, 0, payload, len, nullptr, 0, nullptr);
  }

  // A wrapper around a handle it creates: the name is the parameter, but a
  // preset can only hand extract a call's own argument, so the site stays
  // dynamic (docs/presets/kafka.md, limits); its callers' names are kept.
  void emit(const std::string &topic, const std::string &value) {
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
    // CHECK-DAG: site [[@LINE+1]]:5 publish dynamic style=produce blocking=false result=used deadline=n/a in Orders::emit
    rd_kafka_produce(rkt, 0, RD_KAFKA_MSG_F_COPY, (void *)value.data(), value.size(), nullptr, 0,
                     nullptr);
  }

  void useEmit() {
    emit("order.packed", "{}");
    emit(std::string("order.") + "delivered", "{}");
  }

  // Dynamic; the macro's cast hides the expression text.
  void dynamicName(const std::vector<std::string> &topics) {
    for (const std::string &t : topics)
      // CHECK-DAG: site [[@LINE+1]]:7 publish dynamic style=producev blocking=false result=used deadline=n/a loop=[[@LINE-1]] retry=false in Orders::dynamicName
      rd_kafka_producev(rk, RD_KAFKA_V_TOPIC(t.c_str()), RD_KAFKA_V_END);
  }
};

// Each topic added to a list that is handed to rd_kafka_subscribe is a
// subscription; the loop that polls the consumer handles its messages.
void consumeCreated(rd_kafka_t *rk, volatile bool &running) {
  rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
  // CHECK-DAG: site [[@LINE+1]]:3 subscribe order.created style=subscribe blocking=false result=used deadline=n/a in consumeCreated
  rd_kafka_topic_partition_list_add(topics, kCreated, RD_KAFKA_PARTITION_UA);
  rd_kafka_subscribe(rk, topics);
  rd_kafka_topic_partition_list_destroy(topics);
  while (running) {
    rd_kafka_message_t *msg = rd_kafka_consumer_poll(rk, 100);
    if (msg)
      rd_kafka_message_destroy(msg);
  }
}

// Two topics: two sites, and no single entry point.
void consumeBoth(rd_kafka_t *rk) {
  rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(2);
  // CHECK-DAG: site [[@LINE+1]]:3 subscribe payment.completed style=subscribe blocking=false result=used deadline=n/a in consumeBoth
  rd_kafka_topic_partition_list_add(topics, "payment.completed", RD_KAFKA_PARTITION_UA);
  // CHECK-DAG: site [[@LINE+1]]:3 subscribe order.confirmed style=subscribe blocking=false result=used deadline=n/a in consumeBoth
  rd_kafka_topic_partition_list_add(topics, (kDomain + ".confirmed").c_str(), 0);
  rd_kafka_subscribe(rk, topics);
  rd_kafka_topic_partition_list_destroy(topics);
  for (;;) {
    rd_kafka_message_t *msg = rd_kafka_consumer_poll(rk, 100);
    if (msg)
      rd_kafka_message_destroy(msg);
  }
}

// Assigned partitions; a list used only to commit offsets is no subscription.
void assignAndCommit(rd_kafka_t *rk, const char *name) {
  rd_kafka_topic_partition_list_t *parts = rd_kafka_topic_partition_list_new(1);
  // CHECK-DAG: site [[@LINE+1]]:3 subscribe stock.reserved style=assign blocking=false result=used deadline=n/a in assignAndCommit
  rd_kafka_topic_partition_list_add(parts, "stock.reserved", 0);
  rd_kafka_assign(rk, parts);
  rd_kafka_topic_partition_list_t *offsets = rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(offsets, "stock.reserved", 0)->offset = 42;
  rd_kafka_commit(rk, offsets, 0);
  rd_kafka_topic_partition_list_t *mine = rd_kafka_topic_partition_list_new(1);
  // CHECK-DAG: site [[@LINE+1]]:3 subscribe dynamic style=subscribe blocking=false result=used deadline=n/a param=1 expr=name in assignAndCommit
  rd_kafka_topic_partition_list_add(mine, name, 0);
  rd_kafka_subscribe(rk, mine);
}

// A list built elsewhere stays dynamic, with its expression.
void subscribeList(rd_kafka_t *rk, rd_kafka_topic_partition_list_t *(*make)()) {
  rd_kafka_topic_partition_list_t *list = make();
  // CHECK-DAG: site [[@LINE+1]]:3 subscribe dynamic style=subscribe blocking=false result=used deadline=n/a expr=list in subscribeList
  rd_kafka_subscribe(rk, list);
}

// The legacy simple consumer: consume_start subscribes, consume polls.
void legacy(rd_kafka_t *rk) {
  rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, "invoice.issued", nullptr);
  // CHECK-DAG: site [[@LINE+1]]:3 subscribe invoice.issued style=consume-start blocking=false result=used deadline=n/a in legacy
  rd_kafka_consume_start(rkt, 0, RD_KAFKA_OFFSET_END);
  while (rd_kafka_message_t *msg = rd_kafka_consume(rkt, 0, 1000))
    rd_kafka_message_destroy(msg);
}

void onInvoice(rd_kafka_message_t *msg, void *opaque) { (void)msg, (void)opaque; }

void legacyCallback(rd_kafka_t *rk) {
  rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, "invoice.paid", nullptr);
  // CHECK-DAG: site [[@LINE+1]]:3 subscribe invoice.paid style=consume-callback blocking=false result=used deadline=n/a handlers=onInvoice in legacyCallback
  rd_kafka_consume_callback(rkt, 0, 1000, onInvoice, nullptr);
}

// CHECK-DAG: call Orders::useEmit -> Orders::emit args=0:order.packed,1:{}
// CHECK-DAG: call Orders::useEmit -> Orders::emit args=0:order.delivered,1:{}
// CHECK-DAG: entry consumeCreated subscribe order.created
// CHECK-DAG: entry legacy subscribe invoice.issued
// CHECK: errors 0
