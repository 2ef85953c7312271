#include "order_events.h"

#include <iostream>

#include "common/messaging.h"

namespace shop {

OrderEvents::OrderEvents() {
  std::unique_ptr<RdKafka::Conf> conf = KafkaConfig("");
  std::string error;
  if (conf) producer_.reset(RdKafka::Producer::create(conf.get(), error));
  if (!producer_) std::cerr << "checkout: no Kafka producer: " << error << "\n";
}

bool OrderEvents::Confirmed(const std::string& order_id, const std::string& customer_id,
                            std::int64_t total_cents) {
  if (!producer_) return false;
  const std::string payload = "{\"order\":\"" + order_id + "\",\"customer\":\"" + customer_id +
                              "\",\"total_cents\":" + std::to_string(total_cents) + "}";
  // Healthy: an event named after the fact, keyed by order so one order's
  // events stay in order. Checkout does not know who consumes it.
  RdKafka::ErrorCode sent = producer_->produce(
      kOrderConfirmed, RdKafka::Topic::PARTITION_UA, RdKafka::Producer::RK_MSG_COPY,
      const_cast<char*>(payload.data()), payload.size(), order_id.data(), order_id.size(), 0,
      nullptr);
  producer_->poll(0);  // serve delivery reports
  return sent == RdKafka::ERR_NO_ERROR;
}

}  // namespace shop
