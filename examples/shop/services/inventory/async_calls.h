#pragma once

#include <grpcpp/completion_queue.h>
#include <grpcpp/server_context.h>
#include <grpcpp/support/async_stream.h>
#include <grpcpp/support/async_unary_call.h>

#include "inventory.grpc.pb.h"
#include "inventory_service.h"

namespace shop {

// The classic gRPC async server: one object per in-flight call, used as the
// completion-queue tag, stepping through its states each time the queue
// hands it back.
class CallData {
 public:
  virtual ~CallData() = default;
  // `ok` is what the completion queue reported for the last operation.
  virtual void Proceed(bool ok) = 0;
};

// inventory.Inventory/GetStock
class GetStockCall final : public CallData {
 public:
  GetStockCall(InventoryService& inventory, grpc::ServerCompletionQueue* cq);
  void Proceed(bool ok) override;

 private:
  enum class State { kCreate, kProcess, kFinish };
  InventoryService& inventory_;
  grpc::ServerCompletionQueue* cq_;
  grpc::ServerContext ctx_;
  inventory::StockRequest request_;
  inventory::StockReply reply_;
  grpc::ServerAsyncResponseWriter<inventory::StockReply> responder_{&ctx_};
  State state_ = State::kCreate;
};

// inventory.Inventory/Reserve
class ReserveCall final : public CallData {
 public:
  ReserveCall(InventoryService& inventory, grpc::ServerCompletionQueue* cq);
  void Proceed(bool ok) override;

 private:
  enum class State { kCreate, kProcess, kFinish };
  InventoryService& inventory_;
  grpc::ServerCompletionQueue* cq_;
  grpc::ServerContext ctx_;
  inventory::ReserveRequest request_;
  inventory::ReserveReply reply_;
  grpc::ServerAsyncResponseWriter<inventory::ReserveReply> responder_{&ctx_};
  State state_ = State::kCreate;
};

// inventory.Inventory/WatchStock (server streaming). Sends the current level
// and ends the stream; the storefront re-subscribes when it wants fresh data.
class WatchStockCall final : public CallData {
 public:
  WatchStockCall(InventoryService& inventory, grpc::ServerCompletionQueue* cq);
  void Proceed(bool ok) override;

 private:
  enum class State { kCreate, kProcess, kWritten, kFinish };
  InventoryService& inventory_;
  grpc::ServerCompletionQueue* cq_;
  grpc::ServerContext ctx_;
  inventory::StockRequest request_;
  inventory::StockReply reply_;
  grpc::ServerAsyncWriter<inventory::StockReply> writer_{&ctx_};
  State state_ = State::kCreate;
};

}  // namespace shop
