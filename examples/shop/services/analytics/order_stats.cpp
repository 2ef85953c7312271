#include "order_stats.h"

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

bool ConsumeConfirmedOrders(OrderStats& stats, const std::atomic<bool>& running) {
  std::unique_ptr<RdKafka::Conf> conf = KafkaConfig("analytics");
  std::string error;
  std::unique_ptr<RdKafka::KafkaConsumer> consumer(
      conf ? RdKafka::KafkaConsumer::create(conf.get(), error) : nullptr);
  if (!consumer) {
    std::cerr << "analytics: no Kafka consumer: " << error << "\n";
    return false;
  }
  // Healthy: one consumer of the fact among several; checkout never hears
  // of analytics.
  std::vector<std::string> topics;
  topics.push_back(kOrderConfirmed);
  if (consumer->subscribe(topics) != RdKafka::ERR_NO_ERROR) return false;
  while (running) {
    std::unique_ptr<RdKafka::Message> message(consumer->consume(1000));
    if (message->err() == RdKafka::ERR_NO_ERROR) {
      stats.Add(std::string(static_cast<const char*>(message->payload()), message->len()));
    }
  }
  consumer->close();
  return true;
}

}  // namespace shop
