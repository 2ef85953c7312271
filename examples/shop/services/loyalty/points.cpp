#include "points.h"

#include <iostream>

#include "common/audit.h"
#include "common/messaging.h"

namespace shop {

namespace {

// "\"customer\":\"c-7\"" -> "c-7"; empty when absent.
std::string Field(const std::string& event, const std::string& name) {
  const std::string key = "\"" + name + "\":";
  std::string::size_type at = event.find(key);
  if (at == std::string::npos) return "";
  at += key.size();
  if (at < event.size() && event[at] == '"') {
    const std::string::size_type end = event.find('"', at + 1);
    return event.substr(at + 1, end - at - 1);
  }
  return event.substr(at, event.find_first_of(",}", at) - at);
}

}  // namespace

bool PointsAwarder::Run(const std::atomic<bool>& running) {
  char error[512];
  rd_kafka_conf_t* conf = rd_kafka_conf_new();
  if (rd_kafka_conf_set(conf, "bootstrap.servers", AddressOf(kKafka).c_str(), error,
                        sizeof error) != RD_KAFKA_CONF_OK ||
      rd_kafka_conf_set(conf, "group.id", "loyalty", error, sizeof error) != RD_KAFKA_CONF_OK ||
      rd_kafka_conf_set(conf, "enable.auto.commit", "false", error, sizeof error) !=
          RD_KAFKA_CONF_OK) {
    std::cerr << "loyalty: " << error << "\n";
    rd_kafka_conf_destroy(conf);
    return false;
  }
  rd_kafka_t* consumer = rd_kafka_new(RD_KAFKA_CONSUMER, conf, error, sizeof error);
  if (consumer == nullptr) {
    std::cerr << "loyalty: " << error << "\n";
    return false;
  }
  rd_kafka_poll_set_consumer(consumer);
  rd_kafka_topic_partition_list_t* topics = rd_kafka_topic_partition_list_new(3);
  // Healthy: a second, independent consumer of the same fact.
  rd_kafka_topic_partition_list_add(topics, kOrderConfirmed, RD_KAFKA_PARTITION_UA);
  rd_kafka_topic_partition_list_add(topics, kPaymentCaptured, RD_KAFKA_PARTITION_UA);
  // The one consumer of checkout's command in disguise (see checkout's
  // order_events.cpp): with order.confirmed above, it is not even needed.
  rd_kafka_topic_partition_list_add(topics, kAwardPoints, RD_KAFKA_PARTITION_UA);
  const rd_kafka_resp_err_t subscribed = rd_kafka_subscribe(consumer, topics);
  rd_kafka_topic_partition_list_destroy(topics);
  if (subscribed != RD_KAFKA_RESP_ERR_NO_ERROR) {
    rd_kafka_destroy(consumer);
    return false;
  }
  while (running) {
    rd_kafka_message_t* message = rd_kafka_consumer_poll(consumer, 1000);
    if (message == nullptr) continue;
    // Commit only what was awarded: a failed award is seen again.
    if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR &&
        Handle(rd_kafka_topic_name(message->rkt),
               std::string(static_cast<const char*>(message->payload), message->len))) {
      rd_kafka_commit_message(consumer, message, 0);
    }
    rd_kafka_message_destroy(message);
  }
  rd_kafka_consumer_close(consumer);
  rd_kafka_destroy(consumer);
  return true;
}

bool PointsAwarder::Handle(const std::string& topic, const std::string& event) {
  if (topic == kPaymentCaptured) {
    ++captured_payments_;
    return true;
  }
  const std::string points = Field(event, topic == kAwardPoints ? "points" : "total_cents");
  if (points.empty()) return true;  // malformed: nothing to retry
  return Award(event, topic == kAwardPoints ? std::stoll(points) : std::stoll(points) / 100);
}

bool PointsAwarder::Award(const std::string& event, std::int64_t points) {
  const std::string customer = Field(event, "customer");
  if (customer.empty()) return true;  // malformed: nothing to retry
  // Healthy: a consumer may make direct calls of its own; it waits on the
  // ledger because the points must be on record before the event counts as
  // handled. The chain continues from here: loyalty -> ledger.
  const grpc::Status status =
      RecordAudit(*ledger_, "points:" + customer, "order " + Field(event, "order"), points);
  if (!status.ok()) return false;
  // ANTI-PATTERN (request-reply-over-bus): the statement is queued as a job
  // for the email service (one owner... until analytics started popping it
  // too: shared-job-queue, services/analytics), and then loyalty waits on
  // a reply list for "sent". A direct call in disguise, with no deadline the
  // caller can see and no error if email is down: every event now waits up
  // to 5 s. A job is fire-and-forget: queue it and move on.
  freeReplyObject(redisCommand(redis_, "LPUSH %s %s", kPointsStatementQueue, customer.c_str()));
  auto* sent = static_cast<redisReply*>(redisCommand(redis_, "BRPOP %s 5", kPointsStatementSent));
  const bool confirmed = sent != nullptr && sent->type == REDIS_REPLY_ARRAY;
  freeReplyObject(sent);
  if (!confirmed) std::cerr << "loyalty: no statement sent to " << customer << "\n";
  return true;
}

}  // namespace shop
