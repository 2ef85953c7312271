#include "shipping_service.h"

#include <cstdint>
#include <string>

#include <grpcpp/client_context.h>

namespace shop {

namespace {
constexpr std::int64_t kBaseCents = 495;
constexpr std::int64_t kPerExtraItemCents = 150;
constexpr std::int64_t kOtherRegionCents = 300;

// The postcode region each warehouse sits in.
char RegionOf(const std::string& warehouse) { return warehouse == "rtm-1" ? '3' : '1'; }
}  // namespace

ShippingService::ShippingService(std::shared_ptr<grpc::Channel> inventory)
    : inventory_(inventory::Inventory::NewStub(inventory)) {}

grpc::Status ShippingService::Quote(grpc::ServerContext* /*context*/,
                                    const shipping::QuoteRequest* request,
                                    shipping::QuoteReply* reply) {
  if (request->destination().empty() || request->skus().empty()) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "need a destination and items");
  }

  std::string warehouse = request->warehouse();
  if (warehouse.empty()) {
    // The caller did not say where the parcel leaves from: ask inventory
    // where the first item is stocked.
    //
    // ANTI-PATTERN (sync-cycle): inventory's Reserve calls our Quote, and
    // here Quote calls inventory back. The two services now wait on each
    // other: neither can be deployed, scaled or fail on its own, and a call
    // that goes round the loop can deadlock both. The caller should pass the
    // warehouse (it always knows it), or shipping should keep its own copy
    // of where things are stocked, fed by inventory's events.
    //
    // ANTI-PATTERN (call-without-deadline): `ctx` has no set_deadline(), so
    // if inventory hangs, this handler (and everyone waiting on it) hangs
    // with it. Every other call in the shop sets a deadline.
    grpc::ClientContext ctx;
    inventory::StockRequest stock_request;
    stock_request.set_sku(request->skus(0));
    inventory::StockReply stock;
    grpc::Status status = inventory_->GetStock(&ctx, stock_request, &stock);
    if (!status.ok()) {
      return grpc::Status(grpc::StatusCode::UNAVAILABLE, "inventory: " + status.error_message());
    }
    warehouse = stock.warehouse();
  }

  const bool same_region = request->destination()[0] == RegionOf(warehouse);
  reply->set_warehouse(warehouse);
  reply->set_days(same_region ? 1 : 2);
  reply->set_cost_cents(kBaseCents + kPerExtraItemCents * (request->skus_size() - 1) +
                        (same_region ? 0 : kOtherRegionCents));
  return grpc::Status::OK;
}

}  // namespace shop
