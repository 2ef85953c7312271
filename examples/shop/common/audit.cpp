#include "common/audit.h"

#include <chrono>

#include <grpcpp/client_context.h>

#include "common/deadline.h"

namespace shop {

namespace {
constexpr std::chrono::milliseconds kRecordTimeout{300};
}

grpc::Status RecordAudit(ledger::Ledger::Stub& ledger, const std::string& account,
                         const std::string& description, std::int64_t amount_cents) {
  ledger::RecordRequest request;
  ledger::Entry* entry = request.mutable_entry();
  entry->set_account(account);
  entry->set_description(description);
  entry->set_amount_cents(amount_cents);
  entry->set_at_unix_ms(std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count());

  grpc::ClientContext ctx;
  SetDeadline(ctx, kRecordTimeout);
  ledger::RecordReply reply;
  grpc::Status status = ledger.Record(&ctx, request, &reply);
  if (!status.ok()) {
    return grpc::Status(status.error_code(), "ledger: " + status.error_message());
  }
  return grpc::Status::OK;
}

}  // namespace shop
