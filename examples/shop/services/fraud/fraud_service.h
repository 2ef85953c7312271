#pragma once

#include <memory>

#include "fraud.grpc.pb.h"
#include "ledger.grpc.pb.h"

namespace shop {

// Scores a payment by how much the customer has spent recently.
class FraudService final : public fraud::Fraud::Service {
 public:
  // Stubs are thread-safe; main() creates the ledger stub and shares it.
  explicit FraudService(std::shared_ptr<ledger::Ledger::Stub> ledger);

  grpc::Status Score(grpc::ServerContext* context, const fraud::ScoreRequest* request,
                     fraud::ScoreReply* reply) override;

 private:
  std::shared_ptr<ledger::Ledger::Stub> ledger_;
};

}  // namespace shop
