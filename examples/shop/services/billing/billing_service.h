#pragma once

#include <memory>

#include <grpcpp/channel.h>
#include <librdkafka/rdkafkacpp.h>

#include "billing.grpc.pb.h"
#include "fraud.grpc.pb.h"
#include "ledger.grpc.pb.h"

namespace shop {

// Takes payments: asks fraud for a score, then records the charge in the
// ledger. In this shop the ledger is the book of record, so a charge exists
// once its entry is written.
class BillingService final : public billing::Billing::Service {
 public:
  BillingService(std::shared_ptr<grpc::Channel> fraud, std::shared_ptr<grpc::Channel> ledger);

  grpc::Status Charge(grpc::ServerContext* context, const billing::ChargeRequest* request,
                      billing::ChargeReply* reply) override;

 private:
  std::unique_ptr<fraud::Fraud::Stub> fraud_;
  std::unique_ptr<ledger::Ledger::Stub> ledger_;
  std::unique_ptr<RdKafka::Producer> events_;  // null when Kafka is not reachable
};

}  // namespace shop
