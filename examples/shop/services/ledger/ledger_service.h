#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "ledger.grpc.pb.h"

namespace shop {

// The book of record. Makes no outgoing calls: the bottom of every chain.
// Kept in memory here; the real one is backed by a database.
class LedgerService final : public ledger::Ledger::Service {
 public:
  grpc::Status History(grpc::ServerContext* context, const ledger::HistoryRequest* request,
                       ledger::HistoryReply* reply) override;
  grpc::Status Record(grpc::ServerContext* context, const ledger::RecordRequest* request,
                      ledger::RecordReply* reply) override;

 private:
  std::mutex mu_;
  std::map<std::string, std::vector<ledger::Entry>> accounts_;
  std::int64_t next_sequence_ = 1;
};

}  // namespace shop
