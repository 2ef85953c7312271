#pragma once

#include <memory>
#include <string>

#include <hiredis/hiredis.h>
#include <librdkafka/rdkafkacpp.h>

#include "common/channels.h"

namespace shop {

// The names producers and consumers agree on. One header, so a typo cannot
// split one queue or topic into two.

// The job of emailing the order confirmation: one owner, the email service,
// works it; checkout does not wait for it. A Redis list (LPUSH / BRPOP).
inline constexpr const char* kConfirmationEmailQueue = "email.order-confirmation";

// The fact that an order was placed and paid, for whoever cares (analytics,
// loyalty). A Kafka topic: every consumer group gets every event.
inline constexpr const char* kOrderConfirmed = "order.confirmed";

inline constexpr ServiceAddress kKafka{"SHOP_KAFKA_BROKERS", "localhost:9092"};
inline constexpr ServiceAddress kRedis{"SHOP_REDIS_ADDR", "localhost:6379"};

// A connection to Redis at AddressOf(kRedis) ("host:port"), or nullptr with
// the reason on stderr.
redisContext* ConnectToRedis();

// A Kafka client configuration for the brokers at AddressOf(kKafka), with
// `group_id` set when it is not empty (consumers).
std::unique_ptr<RdKafka::Conf> KafkaConfig(const std::string& group_id);

}  // namespace shop
