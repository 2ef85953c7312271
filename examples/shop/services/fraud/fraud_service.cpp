#include "fraud_service.h"

#include <algorithm>
#include <chrono>
#include <cstdint>

#include <grpcpp/client_context.h>

namespace shop {

namespace {
constexpr std::chrono::milliseconds kHistoryTimeout{200};
constexpr std::int64_t kDailySpendLimitCents = 200000;  // 2000.00
constexpr std::int64_t kDayMs = 24 * 60 * 60 * 1000;

std::int64_t NowUnixMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}
}  // namespace

FraudService::FraudService(std::shared_ptr<ledger::Ledger::Stub> ledger)
    : ledger_(std::move(ledger)) {}

grpc::Status FraudService::Score(grpc::ServerContext* /*context*/,
                                 const fraud::ScoreRequest* request, fraud::ScoreReply* reply) {
  ledger::HistoryRequest history_request;
  history_request.set_account("customer:" + request->customer_id());
  history_request.set_limit(20);

  // Healthy: deadline set, status checked. We cannot score without the
  // history, so failing the score when the ledger is down is right.
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + kHistoryTimeout);
  ledger::HistoryReply history;
  grpc::Status status = ledger_->History(&ctx, history_request, &history);
  if (!status.ok()) {
    return grpc::Status(grpc::StatusCode::UNAVAILABLE,
                        "cannot read payment history: " + status.error_message());
  }

  const std::int64_t since = NowUnixMs() - kDayMs;
  std::int64_t spent_today = request->amount_cents();
  for (const ledger::Entry& entry : history.entries()) {
    if (entry.at_unix_ms() >= since) spent_today += entry.amount_cents();
  }
  reply->set_risk(std::min(1.0, static_cast<double>(spent_today) / kDailySpendLimitCents));
  return grpc::Status::OK;
}

}  // namespace shop
