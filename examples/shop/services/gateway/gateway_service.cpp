#include "gateway_service.h"

#include <chrono>

#include <grpcpp/client_context.h>

#include "common/deadline.h"

namespace shop {

namespace {
// Checkout waits on several services itself, so it gets the longest budget.
constexpr std::chrono::seconds kCheckoutTimeout{3};
constexpr std::chrono::milliseconds kStockTimeout{200};
}  // namespace

StorefrontService::StorefrontService(std::shared_ptr<grpc::Channel> checkout,
                                     std::shared_ptr<grpc::Channel> inventory)
    : catalog_{{"sku-espresso-beans", {"Espresso beans, 1 kg", 2450}},
               {"sku-grinder", {"Burr grinder", 18900}},
               {"sku-kettle", {"Gooseneck kettle", 6900}},
               {"sku-mug", {"Stoneware mug", 1400}}},
      checkout_(checkout::Checkout::NewStub(checkout)),
      inventory_(inventory::Inventory::NewStub(inventory)) {}

grpc::Status StorefrontService::PlaceOrder(grpc::ServerContext* /*context*/,
                                           const gateway::PlaceOrderRequest* request,
                                           gateway::PlaceOrderReply* reply) {
  // Price the cart from our catalogue: clients never set prices. (A loop,
  // but no call inside it: the one call to checkout comes after.)
  checkout::PlaceOrderRequest order;
  order.set_customer_id(request->customer_id());
  order.set_card_token(request->card_token());
  order.set_destination(request->destination());
  for (const gateway::OrderLine& line : request->lines()) {
    auto product = catalog_.find(line.sku());
    if (product == catalog_.end()) {
      return grpc::Status(grpc::StatusCode::NOT_FOUND, "no such product " + line.sku());
    }
    checkout::CartItem* item = order.add_items();
    item->set_sku(line.sku());
    item->set_quantity(line.quantity());
    item->set_unit_price_cents(product->second.price_cents);
  }

  // The call itself is healthy: the customer is waiting for exactly this
  // answer, it has a deadline, and its status decides ours.
  //
  // ANTI-PATTERN (sync-chain-depth): but behind it the customer waits on a
  // chain of four synchronous hops: gateway -> checkout -> billing -> fraud
  // -> ledger. Every hop adds its latency and its failures, and this one
  // deadline must cover them all. Fraud could score from its own copy of
  // recent payments (fed by billing's `payment.completed` events) instead
  // of asking the ledger, which ends the chain at billing.
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + kCheckoutTimeout);
  checkout::PlaceOrderReply placed;
  grpc::Status status = checkout_->PlaceOrder(&ctx, order, &placed);
  if (!status.ok()) {
    return status;
  }
  reply->set_order_id(placed.order_id());
  reply->set_total_cents(placed.total_cents());
  reply->set_delivery_days(placed.delivery_days());
  return grpc::Status::OK;
}

grpc::Status StorefrontService::GetProduct(grpc::ServerContext* /*context*/,
                                           const gateway::GetProductRequest* request,
                                           gateway::Product* reply) {
  auto product = catalog_.find(request->sku());
  if (product == catalog_.end()) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND, "no such product " + request->sku());
  }

  // Healthy: one short hop (gateway -> inventory), deadline, status checked.
  grpc::ClientContext ctx;
  SetDeadline(ctx, kStockTimeout);
  inventory::StockRequest stock_request;
  stock_request.set_sku(request->sku());
  inventory::StockReply stock;
  grpc::Status status = inventory_->GetStock(&ctx, stock_request, &stock);
  if (!status.ok()) {
    return grpc::Status(grpc::StatusCode::UNAVAILABLE, "inventory: " + status.error_message());
  }

  reply->set_sku(request->sku());
  reply->set_name(product->second.name);
  reply->set_price_cents(product->second.price_cents);
  reply->set_in_stock(stock.available());
  return grpc::Status::OK;
}

}  // namespace shop
