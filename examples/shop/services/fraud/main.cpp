// fraud: scores payments. Listens on argv[1] or $SHOP_FRAUD_ADDR.
#include <iostream>
#include <memory>
#include <string>

#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include "common/channels.h"
#include "fraud_service.h"

int main(int argc, char** argv) {
  const std::string address = shop::ListenAddress(argc, argv, shop::kFraud);

  std::shared_ptr<ledger::Ledger::Stub> ledger = ledger::Ledger::NewStub(shop::ConnectTo(shop::kLedger));
  shop::FraudService service(ledger);

  grpc::ServerBuilder builder;
  builder.AddListeningPort(address, grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server) {
    std::cerr << "fraud: cannot listen on " << address << "\n";
    return 1;
  }
  std::cout << "fraud listening on " << address << std::endl;
  server->Wait();
  return 0;
}
