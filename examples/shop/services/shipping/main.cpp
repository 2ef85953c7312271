// shipping: prices parcels. Listens on argv[1] or $SHOP_SHIPPING_ADDR.
#include <iostream>
#include <memory>
#include <string>

#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include "common/channels.h"
#include "shipping_service.h"

int main(int argc, char** argv) {
  const std::string address = shop::ListenAddress(argc, argv, shop::kShipping);

  shop::ShippingService service(shop::ConnectTo(shop::kInventory));

  grpc::ServerBuilder builder;
  builder.AddListeningPort(address, grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server) {
    std::cerr << "shipping: cannot listen on " << address << "\n";
    return 1;
  }
  std::cout << "shipping listening on " << address << std::endl;
  server->Wait();
  return 0;
}
