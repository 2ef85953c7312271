// Event names reach both naming rules from every kind of publisher, read
// against the libraries' real headers: librdkafka's C++ produce (directly
// and through a project wrapper whose callers name the topic) and C
// producev, NATS, hiredis PUBLISH, Paho MQTT, a RabbitMQ exchange, a ZeroMQ
// PUB topic frame, and an in-house bus marked with msglint/annotations.h
// (directly and through a wrapper of it). Each publishes one name that is a
// task (task-named-event) and one that states no fact (vague-event-name);
// the facts next to them (order.shipped...) fire nothing. A ZeroMQ socket
// with no topic frame is named by its address, which is no event name.
//
// RUN: rm -rf %t && split-file --leading-lines %s %t
// RUN: python3 %repo/testdata/tools/make_compdb.py %t --gen %gen --flag=-I%repo/include --flag=-I%S/../Inputs
// RUN: %clangxx -fsyntax-only -std=c++17 -I%repo/include -I%S/../Inputs -I%t %t/services/kafka/kafka.cpp \
// RUN:   %t/services/nats/nats.cpp %t/services/redis/redis.cpp %t/services/mqtt/mqtt.cpp \
// RUN:   %t/services/rabbit/rabbit.cpp %t/services/zeromq/zeromq.cpp %t/services/bus/bus.cpp
// RUN: %expect-exit 1 %msglint check -p %t/build --root %t > %t/out.txt 2> %t/err.txt
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: < %t/out.txt
// RUN: FileCheck %s --check-prefix=SUMMARY < %t/err.txt
// SUMMARY: msglint: 16 findings in 7 translation units of 7 services{{$}}

//--- .msglint.yaml
checks: '-*,task-named-event,vague-event-name'

//--- services/bus/bus.cpp
#include "bus/bus.h"
void annotated() {
  // CHECK: services/bus/bus.cpp:[[@LINE+1]]:3: warning: event 'calculate-tax' is named like a command {{.*}} ('tax-calculated'), {{.*}} [task-named-event]
  bus::publish("calculate-tax", "{}");
  // CHECK: services/bus/bus.cpp:[[@LINE+1]]:3: warning: event 'tax' states no fact {{.*}} [vague-event-name]
  bus::announce("tax");
  bus::announce("tax.calculated");
}

//--- services/kafka/kafka.cpp
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafkacpp.h>
#include <string>

class Events {
public:
  // A wrapper the preset infers: its callers' topics are the sites.
  RdKafka::ErrorCode send(const std::string &topic, std::string &payload) {
    return producer_->produce(topic, RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
                              payload.data(), payload.size(), nullptr, 0, 0, nullptr);
  }

  void all(std::string &payload, rd_kafka_t *rk) {
    // CHECK: services/kafka/kafka.cpp:[[@LINE+1]]:16: warning: event 'resize-image' is named like a command {{.*}} [task-named-event]
    producer_->produce("resize-image", RdKafka::Topic::PARTITION_UA,
                       RdKafka::Producer::RK_MSG_COPY, payload.data(), payload.size(), nullptr,
                       0, 0, nullptr);
    // CHECK: services/kafka/kafka.cpp:[[@LINE+1]]:5: warning: event 'ShipOrderCommand' is named like a command {{.*}} ('OrderShipped'), {{.*}} [task-named-event]
    send("ShipOrderCommand", payload);
    send("order.shipped", payload);
    // CHECK: services/kafka/kafka.cpp:[[@LINE+1]]:5: warning: event 'inventory' states no fact {{.*}} [vague-event-name]
    rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("inventory"), RD_KAFKA_V_END);
    // CHECK: services/kafka/kafka.cpp:[[@LINE+1]]:5: warning: event 'reserve-stock-job' is named like a command {{.*}} [task-named-event]
    rd_kafka_producev(rk, RD_KAFKA_V_TOPIC("reserve-stock-job"), RD_KAFKA_V_END);
  }

private:
  RdKafka::Producer *producer_ = nullptr;
};

//--- services/mqtt/mqtt.cpp
#include <mqtt/async_client.h>

void pumps(mqtt::async_client &cli) {
  // CHECK: services/mqtt/mqtt.cpp:[[@LINE+1]]:7: warning: event 'pump/start' is named like a command {{.*}} ('pump/started'), {{.*}} [task-named-event]
  cli.publish("pump/start", "1", 1, 1, false);
  // CHECK: services/mqtt/mqtt.cpp:[[@LINE+1]]:7: warning: event 'pump/pressure' states no fact {{.*}} [vague-event-name]
  cli.publish("pump/pressure", "3.1", 3, 1, false);
  cli.publish("pump/started", "1", 1, 1, false);
}

//--- services/nats/nats.cpp
#include <nats/nats.h>

void subjects(natsConnection *nc, const char *body) {
  // CHECK: services/nats/nats.cpp:[[@LINE+1]]:3: warning: event 'orders.cancel' is named like a command {{.*}} ('orders.cancelled'), {{.*}} [task-named-event]
  natsConnection_PublishString(nc, "orders.cancel", body);
  // CHECK: services/nats/nats.cpp:[[@LINE+1]]:3: warning: event 'orders.status' states no fact {{.*}} [vague-event-name]
  natsConnection_PublishString(nc, "orders.status", body);
  natsConnection_PublishString(nc, "orders.cancelled", body);
}

//--- services/rabbit/rabbit.cpp
#include <amqp.h>

void exchanges(amqp_connection_state_t conn, amqp_bytes_t body) {
  // CHECK: services/rabbit/rabbit.cpp:[[@LINE+1]]:3: warning: event 'send-receipt' is named like a command {{.*}} [task-named-event]
  amqp_basic_publish(conn, 1, amqp_cstring_bytes("send-receipt"), amqp_cstring_bytes("x"), 0, 0,
                     nullptr, body);
  // CHECK: services/rabbit/rabbit.cpp:[[@LINE+1]]:3: warning: event 'receipts' states no fact {{.*}} [vague-event-name]
  amqp_basic_publish(conn, 1, amqp_cstring_bytes("receipts"), amqp_cstring_bytes("x"), 0, 0,
                     nullptr, body);
}

//--- services/redis/redis.cpp
#include <hiredis/hiredis.h>

void channels(redisContext *c, const char *payload) {
  // CHECK: services/redis/redis.cpp:[[@LINE+1]]:14: warning: event 'send-sms' is named like a command {{.*}} ('sms-sent'), {{.*}} [task-named-event]
  void *r1 = redisCommand(c, "PUBLISH send-sms %s", payload);
  // CHECK: services/redis/redis.cpp:[[@LINE+1]]:14: warning: event 'sms' states no fact {{.*}} [vague-event-name]
  void *r2 = redisCommand(c, "PUBLISH sms %s", payload);
  void *r3 = redisCommand(c, "PUBLISH sms.delivered %s", payload);
  freeReplyObject(r1);
  freeReplyObject(r2);
  freeReplyObject(r3);
}

//--- services/zeromq/zeromq.cpp
#include <zmq.h>
#include <cstring>

void feed(void *ctx, const char *payload) {
  void *pub = zmq_socket(ctx, ZMQ_PUB);
  zmq_bind(pub, "tcp://*:5556");
  // CHECK: services/zeromq/zeromq.cpp:[[@LINE+1]]:3: warning: event 'tcp://*:5556#notify-customer' is named like a command {{.*}} [task-named-event]
  zmq_send(pub, "notify-customer", 15, ZMQ_SNDMORE);
  zmq_send(pub, payload, strlen(payload), 0);
  // CHECK: services/zeromq/zeromq.cpp:[[@LINE+1]]:3: warning: event 'tcp://*:5556#customer' states no fact {{.*}} [vague-event-name]
  zmq_send(pub, "customer", 8, ZMQ_SNDMORE);
  zmq_send(pub, payload, strlen(payload), 0);
  zmq_send(pub, "customer.notified", 17, ZMQ_SNDMORE);
  zmq_send(pub, payload, strlen(payload), 0);
  // One frame: the socket's whole stream, named by its address.
  zmq_send(pub, payload, strlen(payload), 0);
  zmq_close(pub);
}
