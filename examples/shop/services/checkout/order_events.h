#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include <librdkafka/rdkafkacpp.h>

namespace shop {

// Publishes what happened to orders, as facts, for whoever cares.
class OrderEvents {
 public:
  OrderEvents();

  // The order was placed and paid. False when Kafka did not take the event.
  bool Confirmed(const std::string& order_id, const std::string& customer_id,
                 std::int64_t total_cents);

  // Asks loyalty to award `points` to the customer (see the .cpp).
  bool AwardPoints(const std::string& customer_id, std::int64_t points);

  // The order's status changed to `status` (see the .cpp).
  bool StatusChanged(const std::string& order_id, const std::string& status);

 private:
  std::unique_ptr<RdKafka::Producer> producer_;
};

}  // namespace shop
