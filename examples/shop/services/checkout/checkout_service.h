#pragma once

#include <atomic>
#include <memory>
#include <string>

#include <grpcpp/channel.h>

#include "billing_client.h"
#include "checkout.grpc.pb.h"
#include "common/messaging.h"
#include "confirmation_emails.h"
#include "inventory.grpc.pb.h"
#include "ledger.grpc.pb.h"
#include "notifications.grpc.pb.h"
#include "order_events.h"
#include "shipping.grpc.pb.h"

namespace shop {

// Turns a priced cart into a reserved, paid order. Serves the generated
// CallbackService (the reactor API).
class CheckoutService final : public checkout::Checkout::CallbackService {
 public:
  CheckoutService(std::shared_ptr<grpc::Channel> inventory, std::shared_ptr<grpc::Channel> billing,
                  std::shared_ptr<grpc::Channel> shipping, std::shared_ptr<grpc::Channel> ledger,
                  std::shared_ptr<grpc::Channel> notifications);

  grpc::ServerUnaryReactor* PlaceOrder(grpc::CallbackServerContext* context,
                                       const checkout::PlaceOrderRequest* request,
                                       checkout::PlaceOrderReply* reply) override;

 private:
  // Asks shipping what sending the order from `warehouse` costs.
  grpc::Status QuoteShipping(const std::string& warehouse, const checkout::PlaceOrderRequest& order,
                             shipping::QuoteReply* quote);

  std::unique_ptr<inventory::Inventory::Stub> inventory_;
  BillingClient billing_;
  std::unique_ptr<shipping::Shipping::Stub> shipping_;
  std::unique_ptr<ledger::Ledger::Stub> ledger_;
  std::unique_ptr<notifications::Notifier::Stub> notifier_;
  ConfirmationEmails confirmation_emails_{ConnectToRedis()};
  OrderEvents order_events_;
  std::atomic<int> next_order_{1};
};

}  // namespace shop
