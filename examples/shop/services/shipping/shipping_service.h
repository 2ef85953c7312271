#pragma once

#include <memory>

#include <grpcpp/channel.h>

#include "inventory.grpc.pb.h"
#include "shipping.grpc.pb.h"

namespace shop {

// Prices parcels from a warehouse to a postcode.
class ShippingService final : public shipping::Shipping::Service {
 public:
  explicit ShippingService(std::shared_ptr<grpc::Channel> inventory);

  grpc::Status Quote(grpc::ServerContext* context, const shipping::QuoteRequest* request,
                     shipping::QuoteReply* reply) override;

 private:
  std::unique_ptr<inventory::Inventory::Stub> inventory_;
};

}  // namespace shop
