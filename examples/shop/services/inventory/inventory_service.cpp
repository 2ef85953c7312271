#include "inventory_service.h"

#include <chrono>

#include <grpcpp/client_context.h>

#include "async_calls.h"
#include "common/deadline.h"

namespace shop {

namespace {
constexpr std::chrono::milliseconds kQuoteTimeout{300};
}

InventoryService::InventoryService(std::shared_ptr<grpc::Channel> shipping)
    : shipping_(shipping::Shipping::NewStub(shipping)),
      stock_{{"sku-espresso-beans", {"ams-1", 40}},
             {"sku-grinder", {"rtm-1", 5}},
             {"sku-kettle", {"ams-1", 12}},
             {"sku-mug", {"ams-1", 100}}} {}

void InventoryService::Serve(grpc::ServerCompletionQueue* cq) {
  // One waiting CallData per rpc; each spawns its successor when a call arrives.
  new GetStockCall(*this, cq);
  new ReserveCall(*this, cq);
  new WatchStockCall(*this, cq);

  void* tag = nullptr;
  bool ok = false;
  while (cq->Next(&tag, &ok)) {
    static_cast<CallData*>(tag)->Proceed(ok);
  }
}

grpc::Status InventoryService::GetStock(const inventory::StockRequest& request,
                                        inventory::StockReply* reply) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = stock_.find(request.sku());
  if (it == stock_.end()) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND, "unknown sku " + request.sku());
  }
  reply->set_sku(request.sku());
  reply->set_available(it->second.available);
  reply->set_warehouse(it->second.warehouse);
  return grpc::Status::OK;
}

grpc::Status InventoryService::Reserve(const inventory::ReserveRequest& request,
                                       inventory::ReserveReply* reply) {
  if (request.items().empty()) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "nothing to reserve");
  }
  // Orders ship from the warehouse of their first item (the shop is small).
  std::string warehouse;
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = stock_.find(request.items(0).sku());
    if (it == stock_.end()) {
      return grpc::Status(grpc::StatusCode::NOT_FOUND, "unknown sku " + request.items(0).sku());
    }
    warehouse = it->second.warehouse;
  }

  // Hold the stock until the carrier collects it, so ask shipping when that is.
  //
  // ANTI-PATTERN (sync-cycle), the other half: shipping's Quote can call our
  // GetStock. We pass the warehouse so it does not today, but if it ever
  // did, it would wait on this very completion-queue thread, which is busy
  // waiting for shipping: a deadlock. A default hold time, or pickup times
  // published by shipping, would remove the call.
  shipping::QuoteRequest quote_request;
  quote_request.set_warehouse(warehouse);
  quote_request.set_destination(request.destination());
  for (const inventory::Item& item : request.items()) quote_request.add_skus(item.sku());

  grpc::ClientContext ctx;
  SetDeadline(ctx, kQuoteTimeout);
  shipping::QuoteReply quote;
  grpc::Status status = shipping_->Quote(&ctx, quote_request, &quote);
  if (!status.ok()) {
    return grpc::Status(grpc::StatusCode::UNAVAILABLE, "shipping: " + status.error_message());
  }

  // All or nothing: check every item before taking any.
  std::lock_guard<std::mutex> lock(mu_);
  for (const inventory::Item& item : request.items()) {
    auto it = stock_.find(item.sku());
    if (it == stock_.end() || it->second.available < item.quantity()) {
      return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, "not enough " + item.sku());
    }
  }
  for (const inventory::Item& item : request.items()) {
    stock_[item.sku()].available -= item.quantity();
  }
  reply->set_reservation_id("res-" + std::to_string(next_reservation_++));
  reply->set_warehouse(warehouse);
  reply->set_hold_days(quote.days() + 1);
  return grpc::Status::OK;
}

}  // namespace shop
