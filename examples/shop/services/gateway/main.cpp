// gateway: the shop's public API. Listens on argv[1] or $SHOP_GATEWAY_ADDR.
#include <iostream>
#include <memory>
#include <string>

#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include "common/channels.h"
#include "gateway_service.h"

int main(int argc, char** argv) {
  const std::string address = shop::ListenAddress(argc, argv, shop::kGateway);

  shop::StorefrontService service(shop::ConnectTo(shop::kCheckout), shop::ConnectTo(shop::kInventory));

  grpc::ServerBuilder builder;
  builder.AddListeningPort(address, grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server) {
    std::cerr << "gateway: cannot listen on " << address << "\n";
    return 1;
  }
  std::cout << "gateway listening on " << address << std::endl;
  server->Wait();
  return 0;
}
