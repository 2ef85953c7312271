#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <grpcpp/channel.h>
#include <grpcpp/server_context.h>

#include "inventory.grpc.pb.h"
#include "shipping.grpc.pb.h"

namespace shop {

// Stock levels and reservations. Inventory serves the generated AsyncService
// on a completion queue (see async_calls.h for the per-call state machines);
// the methods below are the logic behind each rpc.
class InventoryService {
 public:
  explicit InventoryService(std::shared_ptr<grpc::Channel> shipping);

  // What main() registers with the grpc::ServerBuilder.
  inventory::Inventory::AsyncService& async_service() { return async_service_; }

  // Serves calls from `cq` on the current thread until the queue shuts down.
  void Serve(grpc::ServerCompletionQueue* cq);

  grpc::Status GetStock(const inventory::StockRequest& request, inventory::StockReply* reply);
  grpc::Status Reserve(const inventory::ReserveRequest& request, inventory::ReserveReply* reply);

 private:
  struct Level {
    std::string warehouse;
    int available;
  };

  inventory::Inventory::AsyncService async_service_;
  std::unique_ptr<shipping::Shipping::Stub> shipping_;

  std::mutex mu_;
  std::map<std::string, Level> stock_;
  int next_reservation_ = 1;
};

}  // namespace shop
