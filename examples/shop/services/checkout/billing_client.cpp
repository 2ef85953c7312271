#include "billing_client.h"

#include <chrono>

#include <grpcpp/client_context.h>

namespace shop {

namespace {
// Billing retries fraud and writes to the ledger: give it room.
constexpr std::chrono::milliseconds kChargeTimeout{1500};
}

BillingClient::BillingClient(std::shared_ptr<grpc::Channel> channel)
    : stub_(billing::Billing::NewStub(channel)) {}

grpc::Status BillingClient::Charge(const std::string& order_id, const std::string& customer_id,
                                   std::int64_t amount_cents, const std::string& card_token,
                                   std::string* payment_id) {
  billing::ChargeRequest request;
  request.set_order_id(order_id);
  request.set_customer_id(customer_id);
  request.set_amount_cents(amount_cents);
  request.set_card_token(card_token);

  // Healthy: no payment, no order. Deadline set, status checked.
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + kChargeTimeout);
  billing::ChargeReply reply;
  grpc::Status status = stub_->Charge(&ctx, request, &reply);
  if (!status.ok()) {
    return grpc::Status(grpc::StatusCode::UNAVAILABLE, "billing: " + status.error_message());
  }
  if (!reply.approved()) {
    return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION,
                        "payment declined: " + reply.decline_reason());
  }
  *payment_id = reply.payment_id();
  return grpc::Status::OK;
}

}  // namespace shop
