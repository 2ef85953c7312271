#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include <hiredis/hiredis.h>
#include <librdkafka/rdkafka.h>

#include "ledger.grpc.pb.h"

namespace shop {

// Awards loyalty points for confirmed orders: one point per whole unit of
// currency, written to the ledger under the customer's points account; then
// queues the customer's points statement (a job for the email service).
// Also counts captured payments per customer, for spending tiers.
class PointsAwarder {
 public:
  PointsAwarder(std::unique_ptr<ledger::Ledger::Stub> ledger, redisContext* redis)
      : ledger_(std::move(ledger)), redis_(redis) {}

  // Consumes order.confirmed, loyalty.calculate-points and payment.captured as
  // the `loyalty` consumer group (the C API) until `running` turns false.
  // False when the consumer could not start.
  bool Run(const std::atomic<bool>& running);

 private:
  // One event of `topic`: false when it must be seen again (not committed).
  bool Handle(const std::string& topic, const std::string& event);
  // Records `points` for the customer of `event`, then queues the statement.
  bool Award(const std::string& event, std::int64_t points);

  std::unique_ptr<ledger::Ledger::Stub> ledger_;
  redisContext* redis_;  // not owned
  std::int64_t captured_payments_ = 0;
};

}  // namespace shop
