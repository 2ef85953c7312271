#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include <librdkafka/rdkafka.h>

#include "ledger.grpc.pb.h"

namespace shop {

// Awards loyalty points for confirmed orders: one point per whole unit of
// currency, written to the ledger under the customer's points account.
class PointsAwarder {
 public:
  explicit PointsAwarder(std::unique_ptr<ledger::Ledger::Stub> ledger) : ledger_(std::move(ledger)) {}

  // Consumes order.confirmed as the `loyalty` consumer group (the C API)
  // until `running` turns false. False when the consumer could not start.
  bool Run(const std::atomic<bool>& running);

 private:
  // One event: false when it must be seen again (not committed).
  bool Award(const std::string& event);

  std::unique_ptr<ledger::Ledger::Stub> ledger_;
};

}  // namespace shop
