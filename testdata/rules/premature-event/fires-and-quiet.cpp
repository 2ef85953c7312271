// premature-event fires on an event published before a blocking call the
// function depends on, made by itself or by a helper it calls afterwards;
// quiet (near misses) when the publish comes last, when the later call's
// status is thrown away, when the later call is async, when the later step
// is a job, for an enqueue before a call, and for a helper called before
// the publish. Suppressed in both comment forms. Publishers on Kafka (C++)
// and NATS against the real headers; calls on real gRPC stubs.
// RUN: rm -rf %t && split-file --leading-lines %s %t && %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 -I%gen %t/services/checkout/checkout.cpp
// RUN: %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt || true
// RUN: FileCheck %s --input-file %t/out.txt --implicit-check-not=warning: --implicit-check-not=note:
// RUN: FileCheck %s --check-prefix=SUMMARY --input-file %t/err.txt
// SUMMARY: msglint: 2 findings in 1 translation unit of 1 service (2 suppressed){{$}}

//--- .msglint.yaml
checks: '-*,premature-event'

//--- services/checkout/checkout.cpp
#include "chain.grpc.pb.h"
#include <grpcpp/grpcpp.h>
#include <librdkafka/rdkafkacpp.h>
#include <nats/nats.h>
#include <hiredis/hiredis.h>

struct Checkout {
  RdKafka::Producer *producer;
  natsConnection *nc;
  redisContext *redis;
  std::unique_ptr<chain::B::Stub> billing;

  void announce(const char *what) {
    producer->produce(std::string("order.confirmed"), RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
                      const_cast<char *>(what), 1, nullptr, 0, 0, nullptr);
  }
  bool charge() {
    grpc::ClientContext ctx;
    chain::Req req;
    chain::Resp resp;
    return billing->Do(&ctx, req, &resp).ok();
  }

  bool placeEarly() {
    // CHECK: services/checkout/checkout.cpp:[[#@LINE+1]]:5: warning: event 'order.placed' is published before 'Checkout::placeEarly' waits on chain.B/Do, which can still fail: if it does, the consumers act on a fact that did not happen; publish after the last step that can fail (or write the event to an outbox in the same transaction) [premature-event]
    natsConnection_PublishString(nc, "order.placed", "{}");
    grpc::ClientContext ctx;
    chain::Req req;
    chain::Resp resp;
    // CHECK-NEXT: services/checkout/checkout.cpp:[[#@LINE+1]]:31: note: the later step: 'Checkout::placeEarly' calls chain.B/Do
    grpc::Status s = billing->Do(&ctx, req, &resp);
    return s.ok();
  }

  bool throughHelper() {
    // CHECK: services/checkout/checkout.cpp:[[#@LINE+1]]:15: warning: event 'order.shipped' is published before 'Checkout::throughHelper' waits on chain.B/Do
    producer->produce(std::string("order.shipped"), RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
                      nullptr, 0, nullptr, 0, 0, nullptr);
    // CHECK-NEXT: services/checkout/checkout.cpp:{{[0-9]+}}:21: note: the later step: 'Checkout::charge' calls chain.B/Do
    return charge();
  }

  bool publishLast() {
    if (!charge())
      return false;
    natsConnection_PublishString(nc, "order.paid", "{}");
    return true;
  }

  void laterCallIgnored() {
    natsConnection_PublishString(nc, "order.viewed", "{}");
    grpc::ClientContext ctx;
    chain::Req req;
    chain::Resp resp;
    billing->Do(&ctx, req, &resp); // its failure changes nothing here
  }

  void laterCallAsync(grpc::CompletionQueue *cq) {
    natsConnection_PublishString(nc, "order.noted", "{}");
    grpc::ClientContext ctx;
    chain::Req req;
    auto rpc = billing->AsyncDo(&ctx, req, cq);
  }

  bool jobFirst() {
    // A job is retried by its owner: enqueuing early is not this rule's business.
    freeReplyObject(redisCommand(redis, "LPUSH jobs:email 1"));
    return charge();
  }

  bool suppressed() {
    // NOLINTNEXTLINE(msglint-premature-event): the consumer re-checks the payment
    natsConnection_PublishString(nc, "order.reserved", "{}");
    natsConnection_PublishString(nc, "order.priced", "{}"); // msglint: ignore(premature-event) idempotent
    return charge();
  }
};
