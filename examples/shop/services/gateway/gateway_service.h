#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include <grpcpp/channel.h>

#include "checkout.grpc.pb.h"
#include "gateway.grpc.pb.h"
#include "inventory.grpc.pb.h"

namespace shop {

// The public API of the shop. Owns the product catalogue (names, prices) and
// forwards the real work to checkout and inventory.
class StorefrontService final : public gateway::Storefront::Service {
 public:
  StorefrontService(std::shared_ptr<grpc::Channel> checkout, std::shared_ptr<grpc::Channel> inventory);

  grpc::Status PlaceOrder(grpc::ServerContext* context, const gateway::PlaceOrderRequest* request,
                          gateway::PlaceOrderReply* reply) override;
  grpc::Status GetProduct(grpc::ServerContext* context, const gateway::GetProductRequest* request,
                          gateway::Product* reply) override;

 private:
  struct CatalogEntry {
    std::string name;
    std::int64_t price_cents;
  };

  std::map<std::string, CatalogEntry> catalog_;
  std::unique_ptr<checkout::Checkout::Stub> checkout_;
  std::unique_ptr<inventory::Inventory::Stub> inventory_;
};

}  // namespace shop
