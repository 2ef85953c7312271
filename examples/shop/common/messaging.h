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

// The messaging rots of part two of the story (README.md), each beside the
// healthy name above it that does not have it.

// Billing's charge succeeded... announced before the ledger has it.
// analytics and loyalty consume it.
inline constexpr const char* kPaymentCaptured = "payment.captured";
// Billing turned a payment down. Nothing consumes it (yet).
inline constexpr const char* kPaymentDeclined = "payment.declined";
// Checkout tells loyalty what to do, as an "event" only loyalty reads.
inline constexpr const char* kAwardPoints = "loyalty.calculate-points";
// Checkout's "the order changed somehow": which fact, the name does not say.
inline constexpr const char* kOrderStatus = "order.status";
// Analytics waits for refunds, which nothing in the shop publishes.
inline constexpr const char* kOrderRefunded = "order.refunded";
// The job of emailing a customer their points statement: loyalty enqueues
// it for the email service... and analytics pops the same list.
inline constexpr const char* kPointsStatementQueue = "email.points-statement";
// Where the email service answers "statement sent", and loyalty waits for it.
inline constexpr const char* kPointsStatementSent = "email.points-statement.sent";

inline constexpr ServiceAddress kKafka{"SHOP_KAFKA_BROKERS", "localhost:9092"};
inline constexpr ServiceAddress kRedis{"SHOP_REDIS_ADDR", "localhost:6379"};

// A connection to Redis at AddressOf(kRedis) ("host:port"), or nullptr with
// the reason on stderr.
redisContext* ConnectToRedis();

// A Kafka client configuration for the brokers at AddressOf(kKafka), with
// `group_id` set when it is not empty (consumers).
std::unique_ptr<RdKafka::Conf> KafkaConfig(const std::string& group_id);

// A Kafka producer for `service`, or nullptr with the reason on stderr.
std::unique_ptr<RdKafka::Producer> KafkaProducer(const char* service);

// Publishes `payload` on `topic`, keyed by `key` (one key's events stay in
// order). False when Kafka did not take it. msglint sees the topic where
// this is called.
bool PublishEvent(RdKafka::Producer& producer, const char* topic, const std::string& key,
                  const std::string& payload);

}  // namespace shop
