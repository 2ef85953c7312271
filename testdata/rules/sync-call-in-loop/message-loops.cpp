// A consumer's message loop takes one message or job each time round:
// the calls made for each message are a handler's calls, not N+1 calls.
// Quiet for the loops around a Kafka poll (C and C++ API, of one topic, of
// several, or of a consumer subscribed elsewhere) and a Redis pop,
// whether the call is in the loop or in a helper; a loop over the items
// *inside* one message is still a loop and fires; a loop that polls nothing
// fires as before.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen -I%t %t/services/a/a.cpp
// RUN: %msglint check -p %t/build --root %t --fail-on never > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=warning:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 2 findings in 1 translation unit of 1 service{{$}}

//--- .msglint.yaml
checks: '-*,sync-call-in-loop'

//--- services/a/a.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <hiredis/hiredis.h>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>
#include <memory>
#include <string>
#include <vector>

bool Handle(chain::B::Stub &b, const std::string &payload) {
  grpc::ClientContext ctx;
  chain::Req req;
  req.set_id(payload);
  chain::Resp resp;
  return b.Do(&ctx, req, &resp).ok();
}

void consumeC(rd_kafka_t *rk, chain::B::Stub &b) {
  rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(1);
  rd_kafka_topic_partition_list_add(topics, "order.created", RD_KAFKA_PARTITION_UA);
  rd_kafka_subscribe(rk, topics);
  for (;;) {
    rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
    if (!m)
      continue;
    Handle(b, std::string(static_cast<const char *>(m->payload), m->len));
    rd_kafka_message_destroy(m);
  }
}

// A poll of several topics, or of a consumer subscribed elsewhere, is the
// entry of no one topic, but its loop is a message loop all the same.
void consumeSeveral(rd_kafka_t *rk, chain::B::Stub &b) {
  rd_kafka_topic_partition_list_t *topics = rd_kafka_topic_partition_list_new(2);
  rd_kafka_topic_partition_list_add(topics, "order.created", RD_KAFKA_PARTITION_UA);
  rd_kafka_topic_partition_list_add(topics, "order.cancelled", RD_KAFKA_PARTITION_UA);
  rd_kafka_subscribe(rk, topics);
  for (;;) {
    rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100);
    if (!m)
      continue;
    Handle(b, std::string(static_cast<const char *>(m->payload), m->len));
    rd_kafka_message_destroy(m);
  }
}

void consumeSubscribedElsewhere(rd_kafka_t *rk, chain::B::Stub &b) {
  while (rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 100)) {
    Handle(b, std::string(static_cast<const char *>(m->payload), m->len));
    rd_kafka_message_destroy(m);
  }
}

void consumeCpp(RdKafka::KafkaConsumer &consumer, chain::B::Stub &b) {
  consumer.subscribe({"order.paid"});
  while (true) {
    std::unique_ptr<RdKafka::Message> m(consumer.consume(100));
    // The call in the loop itself, once per message.
    grpc::ClientContext ctx;
    chain::Req req;
    chain::Resp resp;
    if (!b.Do(&ctx, req, &resp).ok())
      break;
    // A loop over the lines of one message: N+1 calls again.
    std::vector<std::string> lines = {"a", "b"};
    for (const std::string &line : lines) {
      // CHECK: services/a/a.cpp:[[#@LINE+1]]:{{[0-9]+}}: warning: 'Handle', called inside a loop, makes a blocking call to chain.B/Do
      Handle(b, line);
    }
  }
}

void workJobs(redisContext *c, chain::B::Stub &b) {
  for (;;) {
    auto *job = static_cast<redisReply *>(redisCommand(c, "BRPOP jobs:email 0"));
    if (!job)
      return;
    Handle(b, job->element[1]->str);
    freeReplyObject(job);
  }
}

// No message taken in this loop: one call per element, as ever.
void sweep(chain::B::Stub &b, const std::vector<std::string> &ids) {
  for (const std::string &id : ids) {
    // CHECK: services/a/a.cpp:[[#@LINE+1]]:{{[0-9]+}}: warning: 'Handle', called inside a loop, makes a blocking call to chain.B/Do
    Handle(b, id);
  }
}
