// billing: takes payments. Listens on argv[1] or $SHOP_BILLING_ADDR.
#include <iostream>
#include <memory>
#include <string>

#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include "billing_service.h"
#include "common/channels.h"

int main(int argc, char** argv) {
  const std::string address = shop::ListenAddress(argc, argv, shop::kBilling);

  shop::BillingService service(shop::ConnectTo(shop::kFraud), shop::ConnectTo(shop::kLedger));

  grpc::ServerBuilder builder;
  builder.AddListeningPort(address, grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server) {
    std::cerr << "billing: cannot listen on " << address << "\n";
    return 1;
  }
  std::cout << "billing listening on " << address << std::endl;
  server->Wait();
  return 0;
}
