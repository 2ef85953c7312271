// checkout: places orders. Listens on argv[1] or $SHOP_CHECKOUT_ADDR.
#include <iostream>
#include <memory>
#include <string>

#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include "checkout_service.h"
#include "common/channels.h"

int main(int argc, char** argv) {
  const std::string address = shop::ListenAddress(argc, argv, shop::kCheckout);

  shop::CheckoutService service(shop::ConnectTo(shop::kInventory), shop::ConnectTo(shop::kBilling),
                                shop::ConnectTo(shop::kShipping), shop::ConnectTo(shop::kLedger),
                                shop::ConnectTo(shop::kNotifications));

  grpc::ServerBuilder builder;
  builder.AddListeningPort(address, grpc::InsecureServerCredentials());
  builder.RegisterService(&service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server) {
    std::cerr << "checkout: cannot listen on " << address << "\n";
    return 1;
  }
  std::cout << "checkout listening on " << address << std::endl;
  server->Wait();
  return 0;
}
