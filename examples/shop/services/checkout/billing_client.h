#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include <grpcpp/channel.h>

#include "billing.grpc.pb.h"

namespace shop {

// Checkout's client for billing: turns "declined" into an error status, so
// callers have one thing to check.
class BillingClient {
 public:
  explicit BillingClient(std::shared_ptr<grpc::Channel> channel);

  // On success sets *payment_id. Fails when billing is unreachable or the
  // payment is declined.
  grpc::Status Charge(const std::string& order_id, const std::string& customer_id,
                      std::int64_t amount_cents, const std::string& card_token,
                      std::string* payment_id);

 private:
  std::unique_ptr<billing::Billing::Stub> stub_;
};

}  // namespace shop
