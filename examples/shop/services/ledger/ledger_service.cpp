#include "ledger_service.h"

namespace shop {

grpc::Status LedgerService::History(grpc::ServerContext* /*context*/,
                                    const ledger::HistoryRequest* request,
                                    ledger::HistoryReply* reply) {
  const int limit = request->limit() > 0 ? request->limit() : 50;
  std::lock_guard<std::mutex> lock(mu_);
  auto it = accounts_.find(request->account());
  if (it == accounts_.end()) {
    return grpc::Status::OK;  // an account with no entries yet
  }
  const std::vector<ledger::Entry>& entries = it->second;
  for (auto e = entries.rbegin(); e != entries.rend() && reply->entries_size() < limit; ++e) {
    *reply->add_entries() = *e;
  }
  return grpc::Status::OK;
}

grpc::Status LedgerService::Record(grpc::ServerContext* /*context*/,
                                   const ledger::RecordRequest* request,
                                   ledger::RecordReply* reply) {
  const ledger::Entry& entry = request->entry();
  if (entry.account().empty()) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "entry has no account");
  }
  std::lock_guard<std::mutex> lock(mu_);
  accounts_[entry.account()].push_back(entry);
  reply->set_sequence(next_sequence_++);
  return grpc::Status::OK;
}

}  // namespace shop
