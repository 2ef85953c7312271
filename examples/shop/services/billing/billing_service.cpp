#include "billing_service.h"

#include <chrono>
#include <thread>

#include <grpcpp/client_context.h>

#include "common/audit.h"
#include "common/deadline.h"
#include "common/messaging.h"

namespace shop {

namespace {
constexpr int kMaxScoreAttempts = 3;
constexpr std::chrono::milliseconds kScoreTimeout{300};
constexpr std::chrono::milliseconds kRetryBackoff{50};
constexpr double kDeclineAbove = 0.8;
}  // namespace

BillingService::BillingService(std::shared_ptr<grpc::Channel> fraud,
                               std::shared_ptr<grpc::Channel> ledger)
    : fraud_(fraud::Fraud::NewStub(fraud)),
      ledger_(ledger::Ledger::NewStub(ledger)),
      events_(KafkaProducer("billing")) {}

grpc::Status BillingService::Charge(grpc::ServerContext* /*context*/,
                                    const billing::ChargeRequest* request,
                                    billing::ChargeReply* reply) {
  if (request->amount_cents() <= 0) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "amount must be positive");
  }

  fraud::ScoreRequest score_request;
  score_request.set_customer_id(request->customer_id());
  score_request.set_amount_cents(request->amount_cents());

  // Near-miss, healthy: a call inside a loop, but this is a bounded retry
  // of ONE logical call (at most 3 attempts, leaving as soon as one
  // succeeds), not one call per element of a collection.
  fraud::ScoreReply score;
  grpc::Status status;
  for (int attempt = 1; attempt <= kMaxScoreAttempts; ++attempt) {
    grpc::ClientContext ctx;  // a ClientContext serves one call only
    SetDeadline(ctx, kScoreTimeout);
    status = fraud_->Score(&ctx, score_request, &score);
    if (status.ok()) break;
    if (status.error_code() != grpc::StatusCode::UNAVAILABLE) break;  // only retry "not reached"
    std::this_thread::sleep_for(kRetryBackoff * attempt);
  }
  if (!status.ok()) {
    // Without a score we must not take the money: fail the charge.
    return grpc::Status(grpc::StatusCode::UNAVAILABLE, "fraud check failed: " + status.error_message());
  }
  if (score.risk() > kDeclineAbove) {
    reply->set_approved(false);
    reply->set_decline_reason("payment looks risky, please contact support");
    // A fact, published as the last step of its branch: healthy, except
    // that nothing in the shop consumes it yet (event-without-consumer, a note).
    if (events_) PublishEvent(*events_, kPaymentDeclined, request->order_id(), request->order_id());
    return grpc::Status::OK;
  }

  // ANTI-PATTERN (premature-event): announced before the ledger entry that
  // makes the charge exist. If Record fails, the charge fails, but analytics
  // has counted the money and loyalty has moved the customer up a tier.
  // Publish after the entry is written (as checkout does with order.confirmed).
  if (events_) PublishEvent(*events_, kPaymentCaptured, request->order_id(), request->order_id());

  // Shared helper from common/ (checkout uses it too): ledger.Ledger/Record.
  grpc::Status recorded = RecordAudit(*ledger_, "customer:" + request->customer_id(),
                                      "charge for order " + request->order_id(),
                                      request->amount_cents());
  if (!recorded.ok()) {
    return recorded;  // no entry, no charge
  }
  reply->set_approved(true);
  reply->set_payment_id("pay-" + request->order_id());
  return grpc::Status::OK;
}

}  // namespace shop
