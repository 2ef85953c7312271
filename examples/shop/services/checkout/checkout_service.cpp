#include "checkout_service.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <iostream>
#include <mutex>

#include <grpcpp/client_context.h>

#include "common/audit.h"
#include "common/deadline.h"

namespace shop {

namespace {
constexpr std::chrono::milliseconds kStockTimeout{200};
constexpr std::chrono::milliseconds kReserveTimeout{500};
constexpr std::chrono::milliseconds kQuoteTimeout{300};
constexpr std::chrono::milliseconds kReceiptTimeout{300};
}  // namespace

CheckoutService::CheckoutService(std::shared_ptr<grpc::Channel> inventory,
                                 std::shared_ptr<grpc::Channel> billing,
                                 std::shared_ptr<grpc::Channel> shipping,
                                 std::shared_ptr<grpc::Channel> ledger,
                                 std::shared_ptr<grpc::Channel> notifications)
    : inventory_(inventory::Inventory::NewStub(inventory)),
      billing_(billing),
      shipping_(shipping::Shipping::NewStub(shipping)),
      ledger_(ledger::Ledger::NewStub(ledger)),
      notifier_(notifications::Notifier::NewStub(notifications)) {}

// ANTI-PATTERN (sync-fan-out): this one handler waits on inventory, shipping,
// ledger, billing and notifications directly, and through billing on fraud:
// six services. Any of them being slow or down makes checkout slow or down.
// Only inventory and billing decide whether the order succeeds (DESIGN §1).
grpc::ServerUnaryReactor* CheckoutService::PlaceOrder(grpc::CallbackServerContext* context,
                                                      const checkout::PlaceOrderRequest* request,
                                                      checkout::PlaceOrderReply* reply) {
  grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
  auto finish = [reactor](const grpc::Status& status) {
    reactor->Finish(status);
    return reactor;
  };
  if (request->items().empty()) {
    return finish(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "the cart is empty"));
  }
  const std::string order_id = "ord-" + std::to_string(next_order_++);
  grpc::Status status;

  // ANTI-PATTERN (sync-call-in-loop): one GetStock round trip per cart item,
  // one after the other: a 10-item cart waits on inventory 10 times. Reserve
  // below already takes the whole cart in one request and fails if anything
  // is short, so this pre-check can simply go.
  for (const checkout::CartItem& item : request->items()) {
    grpc::ClientContext stock_ctx;
    SetDeadline(stock_ctx, kStockTimeout);
    inventory::StockRequest stock_request;
    stock_request.set_sku(item.sku());
    inventory::StockReply stock;
    status = inventory_->GetStock(&stock_ctx, stock_request, &stock);
    if (!status.ok()) {
      return finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "inventory: " + status.error_message()));
    }
    if (stock.available() < item.quantity()) {
      return finish(grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, "out of stock: " + item.sku()));
    }
  }

  // Healthy: no stock, no order. One batch call, deadline, status checked.
  inventory::ReserveRequest reserve_request;
  reserve_request.set_order_id(order_id);
  reserve_request.set_destination(request->destination());
  std::int64_t subtotal_cents = 0;
  for (const checkout::CartItem& item : request->items()) {
    inventory::Item* reserved = reserve_request.add_items();
    reserved->set_sku(item.sku());
    reserved->set_quantity(item.quantity());
    subtotal_cents += item.unit_price_cents() * item.quantity();
  }
  grpc::ClientContext reserve_ctx;
  reserve_ctx.set_deadline(std::chrono::system_clock::now() + kReserveTimeout);
  inventory::ReserveReply reservation;
  status = inventory_->Reserve(&reserve_ctx, reserve_request, &reservation);
  if (!status.ok()) {
    return finish(status);
  }

  // Healthy: the total depends on the shipping cost.
  shipping::QuoteReply quote;
  status = QuoteShipping(reservation.warehouse(), *request, &quote);
  if (!status.ok()) {
    return finish(status);  // the reservation expires on its own
  }
  const std::int64_t total_cents = subtotal_cents + quote.cost_cents();

  // Healthy: orders are written to the ledger before money moves (shared
  // helper in common/, also used by billing).
  status = RecordAudit(*ledger_, "order:" + order_id, "placed by customer " + request->customer_id(),
                       total_cents);
  if (!status.ok()) {
    return finish(status);
  }

  // Healthy: through the BillingClient wrapper; no payment, no order.
  std::string payment_id;
  status = billing_.Charge(order_id, request->customer_id(), total_cents, request->card_token(),
                           &payment_id);
  if (!status.ok()) {
    return finish(status);
  }

  // ANTI-PATTERN (ignored-call-result): the status of SendReceipt is thrown
  // away. Checkout does not depend on the email (the order is placed either
  // way), so it should not wait for it either: "send the receipt" is a job
  // for notifications, queued here and retried by its owner, not a call.
  grpc::ClientContext receipt_ctx;
  SetDeadline(receipt_ctx, kReceiptTimeout);
  notifications::ReceiptRequest receipt;
  receipt.set_order_id(order_id);
  receipt.set_customer_id(request->customer_id());
  receipt.set_total_cents(total_cents);
  notifications::ReceiptReply sent;
  notifier_->SendReceipt(&receipt_ctx, receipt, &sent);

  // Healthy: the confirmation email is that job. Queued for the email
  // service (services/email), which owns it and retries it; checkout waits
  // only for Redis to accept it, and the order stands either way.
  if (!confirmation_emails_.Enqueue(order_id, request->customer_id())) {
    std::cerr << "checkout: the confirmation email of " << order_id << " was not queued\n";
  }

  // Healthy: the fact, announced once the order is placed and paid, for
  // whoever cares (analytics, loyalty). Checkout does not know them, and
  // adding a consumer changes nothing here.
  order_events_.Confirmed(order_id, request->customer_id(), total_cents);
  // Part two of the story (README.md): two more messages, each a rot.
  order_events_.StatusChanged(order_id, "paid");
  order_events_.AwardPoints(request->customer_id(), total_cents / 100);

  reply->set_order_id(order_id);
  reply->set_payment_id(payment_id);
  reply->set_total_cents(total_cents);
  reply->set_shipping_cents(quote.cost_cents());
  reply->set_delivery_days(quote.days());
  return finish(grpc::Status::OK);
}

grpc::Status CheckoutService::QuoteShipping(const std::string& warehouse,
                                            const checkout::PlaceOrderRequest& order,
                                            shipping::QuoteReply* quote) {
  shipping::QuoteRequest request;
  request.set_warehouse(warehouse);
  request.set_destination(order.destination());
  for (const checkout::CartItem& item : order.items()) request.add_skus(item.sku());

  // Healthy: the callback client API, like the rest of checkout, with a
  // deadline; the callback checks the status and we wait for it, because
  // we need the answer before we can charge.
  grpc::ClientContext ctx;
  SetDeadline(ctx, kQuoteTimeout);
  std::mutex mu;
  std::condition_variable done_cv;
  bool done = false;
  grpc::Status result;
  shipping_->async()->Quote(&ctx, &request, quote, [&](grpc::Status s) {
    std::lock_guard<std::mutex> lock(mu);
    if (s.ok()) {
      result = grpc::Status::OK;
    } else {
      result = grpc::Status(grpc::StatusCode::UNAVAILABLE, "shipping: " + s.error_message());
    }
    done = true;
    done_cv.notify_one();  // under the lock: mu and done_cv die when we return
  });
  std::unique_lock<std::mutex> lock(mu);
  done_cv.wait(lock, [&] { return done; });
  return result;
}

}  // namespace shop
