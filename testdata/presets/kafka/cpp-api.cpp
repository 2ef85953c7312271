// librdkafka C++ API: Producer::produce by topic name and by RdKafka::Topic
// handle (raw and in a unique_ptr), a wrapper taking the topic as a
// parameter, KafkaConsumer::subscribe with braced lists and local vectors,
// assign with TopicPartitions, the consume loop as the entry point, and the
// legacy Consumer with a ConsumeCb object as the handler.
// RUN: rm -rf %t && mkdir -p %t/services/shop && cp %s %t/services/shop/main.cpp
// RUN: %make-compdb %t
// RUN: %clangxx -fsyntax-only -std=c++17 %s
// RUN: %msglint extract -p %t/build --root %t %t/services/shop/main.cpp -o %t/facts.json
// RUN: %print-facts %t/facts.json | FileCheck %s --implicit-check-not=site --implicit-check-not=entry --implicit-check-not=call

#include <librdkafka/rdkafkacpp.h>

#include <memory>
#include <string>
#include <vector>

struct Topics {
  static constexpr const char *kShipped = "order.shipped";
};

class Publisher {
public:
  explicit Publisher(RdKafka::Producer *producer) : producer_(producer) {}

  RdKafka::ErrorCode shipped(std::string &payload) {
    // CHECK-DAG: site [[@LINE+1]]:23 publish order.shipped style=produce blocking=false result=used deadline=n/a in Publisher::shipped
    return producer_->produce(Topics::kShipped, RdKafka::Topic::PARTITION_UA,
                              RdKafka::Producer::RK_MSG_COPY, payload.data(), payload.size(),
                              nullptr, 0, 0, nullptr);
  }

  // A wrapper: the callers' arguments are the names.
  RdKafka::ErrorCode send(const std::string &topic, std::string &payload) {
    // CHECK-DAG: site [[@LINE+1]]:23 publish dynamic style=produce blocking=false result=used deadline=n/a param=0 expr=topic in Publisher::send
    return producer_->produce(topic, 0, RdKafka::Producer::RK_MSG_COPY, payload.data(),
                              payload.size(), nullptr, 0, 0, nullptr);
  }

  void sendAll(std::string &payload) {
    send("order.returned", payload);
    send(std::string(Topics::kShipped) + ".v2", payload);
  }

  void handles(std::string &payload, RdKafka::Topic *given) {
    std::string err;
    RdKafka::Topic *raw = RdKafka::Topic::create(producer_, "cart.abandoned", nullptr, err);
    // CHECK-DAG: site [[@LINE+1]]:16 publish cart.abandoned style=produce blocking=false result=used deadline=n/a in Publisher::handles
    producer_->produce(raw, 0, RdKafka::Producer::RK_MSG_COPY, payload.data(), payload.size(),
                       nullptr, nullptr);
    std::unique_ptr<RdKafka::Topic> owned(
        RdKafka::Topic::create(producer_, "cart.checked_out", nullptr, err));
    // CHECK-DAG: site [[@LINE+1]]:16 publish cart.checked_out style=produce blocking=false result=used deadline=n/a in Publisher::handles
    producer_->produce(owned.get(), 0, RdKafka::Producer::RK_MSG_COPY, payload.data(),
                       payload.size(), nullptr, nullptr);
    // CHECK-DAG: site [[@LINE+1]]:16 publish dynamic style=produce blocking=false result=used deadline=n/a expr=given in Publisher::handles
    producer_->produce(given, 0, RdKafka::Producer::RK_MSG_COPY, payload.data(), payload.size(),
                       nullptr, nullptr);
    delete raw;
  }

private:
  RdKafka::Producer *producer_;
};

void handle(RdKafka::Message *msg) { delete msg; }

// One topic, subscribed and polled here: this function is its consumer.
void analytics(RdKafka::KafkaConsumer *consumer, const bool &running) {
  // CHECK-DAG: site [[@LINE+1]]:13 subscribe order.shipped style=subscribe blocking=false result=used deadline=n/a in analytics
  consumer->subscribe({Topics::kShipped});
  while (running)
    handle(consumer->consume(100));
}

// Several topics in one braced list: one call, so one dynamic site.
void loyalty(std::unique_ptr<RdKafka::KafkaConsumer> &consumer) {
  // CHECK-DAG: site [[@LINE+1]]:13 subscribe dynamic style=subscribe blocking=false result=used deadline=n/a expr=std::vector<std::string>{"order.shipped", "order.returned"} in loyalty
  consumer->subscribe(std::vector<std::string>{"order.shipped", "order.returned"});
  for (;;)
    handle(consumer->consume(100));
}

// A local vector filled with push_back: one site per topic.
void audit(RdKafka::KafkaConsumer &consumer, const std::string &extra) {
  std::vector<std::string> topics;
  // CHECK-DAG: site [[@LINE+1]]:10 subscribe payment.completed style=subscribe blocking=false result=used deadline=n/a in audit
  topics.push_back("payment.completed");
  // CHECK-DAG: site [[@LINE+1]]:10 subscribe dynamic style=subscribe blocking=false result=used deadline=n/a param=1 expr=extra in audit
  topics.emplace_back(extra);
  consumer.subscribe(topics);
}

// Assigned partitions.
void replay(RdKafka::KafkaConsumer *consumer) {
  std::vector<RdKafka::TopicPartition *> parts;
  // CHECK-DAG: site [[@LINE+1]]:9 subscribe order.shipped style=assign blocking=false result=used deadline=n/a in replay
  parts.push_back(RdKafka::TopicPartition::create("order.shipped", 0));
  consumer->assign(parts);
  handle(consumer->consume(1000));
}

class InvoiceHandler : public RdKafka::ConsumeCb {
public:
  void consume_cb(RdKafka::Message &message, void *opaque) override { (void)message, (void)opaque; }
};

void legacy(RdKafka::Consumer *consumer, InvoiceHandler &handler) {
  std::string err;
  RdKafka::Topic *topic = RdKafka::Topic::create(consumer, "invoice.issued", nullptr, err);
  // CHECK-DAG: site [[@LINE+1]]:13 subscribe invoice.issued style=consume-start blocking=false result=used deadline=n/a in legacy
  consumer->start(topic, 0, RdKafka::Topic::OFFSET_END);
  // CHECK-DAG: site [[@LINE+1]]:13 subscribe invoice.issued style=consume-callback blocking=false result=used deadline=n/a handlers=InvoiceHandler::consume_cb in legacy
  consumer->consume_callback(topic, 0, 1000, &handler, nullptr);
  handle(consumer->consume(topic, 0, 1000));
}

// CHECK-DAG: call Publisher::sendAll -> Publisher::send args=0:order.returned,1:param 0
// CHECK-DAG: call Publisher::sendAll -> Publisher::send args=0:order.shipped.v2,1:param 0
// CHECK-DAG: entry analytics subscribe order.shipped
// CHECK-DAG: entry replay subscribe order.shipped
// CHECK-DAG: entry legacy subscribe invoice.issued
// CHECK: errors 0
