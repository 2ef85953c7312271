#include "order_stats.h"

#include <cstdlib>
#include <iostream>
#include <memory>
#include <vector>

#include "common/messaging.h"

namespace shop {

void OrderStats::Add(const std::string& event) {
  // {"order":"ord-1","customer":"c-7","total_cents":1234}
  const std::string key = "\"total_cents\":";
  const std::string::size_type at = event.find(key);
  if (at == std::string::npos) return;
  ++orders;
  revenue_cents += std::stoll(event.substr(at + key.size()));
}

bool ConsumeShopEvents(OrderStats& stats, const std::atomic<bool>& running) {
  std::unique_ptr<RdKafka::Conf> conf = KafkaConfig("analytics");
  std::string error;
  std::unique_ptr<RdKafka::KafkaConsumer> consumer(
      conf ? RdKafka::KafkaConsumer::create(conf.get(), error) : nullptr);
  if (!consumer) {
    std::cerr << "analytics: no Kafka consumer: " << error << "\n";
    return false;
  }
  std::vector<std::string> topics;
  // Healthy: one consumer of the fact among several; checkout never hears
  // of analytics.
  topics.push_back(kOrderConfirmed);
  topics.push_back(kPaymentCaptured);  // loyalty consumes it too
  // The only consumer of checkout's vague "order.status" (single-consumer-event).
  topics.push_back(kOrderStatus);
  // consumer-without-producer (a note): refunds are not built yet, so
  // nothing publishes this. A typo in a topic name looks the same.
  topics.push_back(kOrderRefunded);
  // dynamic-target (a note): a topic chosen at run time; msglint cannot
  // link it to a producer. The names above are constants in one header.
  if (const char* extra = std::getenv("SHOP_ANALYTICS_EXTRA_TOPIC")) topics.push_back(extra);
  if (consumer->subscribe(topics) != RdKafka::ERR_NO_ERROR) return false;
  while (running) {
    std::unique_ptr<RdKafka::Message> message(consumer->consume(1000));
    if (message->err() != RdKafka::ERR_NO_ERROR) continue;
    ++stats.events[message->topic_name()];
    if (message->topic_name() == kOrderConfirmed) {
      stats.Add(std::string(static_cast<const char*>(message->payload()), message->len()));
    }
  }
  consumer->close();
  return true;
}

std::int64_t CountPointsStatements(redisContext* redis, const std::atomic<bool>& running) {
  std::int64_t statements = 0;
  while (running) {
    // ANTI-PATTERN (shared-job-queue): popping a job that the email service
    // owns. Each statement now goes to email OR analytics: half the
    // customers get no email, and analytics sees half the count. A job has
    // one owner; when others need to know, the owner (or loyalty) publishes
    // the fact, as with order.confirmed.
    auto* reply = static_cast<redisReply*>(redisCommand(redis, "BRPOP %s 5", kPointsStatementQueue));
    if (reply == nullptr) break;
    if (reply->type == REDIS_REPLY_ARRAY) ++statements;
    freeReplyObject(reply);
  }
  return statements;
}

}  // namespace shop
