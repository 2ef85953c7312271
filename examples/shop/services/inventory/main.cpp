// inventory: stock and reservations. Listens on argv[1] or $SHOP_INVENTORY_ADDR.
#include <iostream>
#include <memory>
#include <string>

#include <grpcpp/completion_queue.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include "common/channels.h"
#include "inventory_service.h"

int main(int argc, char** argv) {
  const std::string address = shop::ListenAddress(argc, argv, shop::kInventory);

  shop::InventoryService service(shop::ConnectTo(shop::kShipping));

  grpc::ServerBuilder builder;
  builder.AddListeningPort(address, grpc::InsecureServerCredentials());
  builder.RegisterService(&service.async_service());
  std::unique_ptr<grpc::ServerCompletionQueue> cq = builder.AddCompletionQueue();
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server) {
    std::cerr << "inventory: cannot listen on " << address << "\n";
    return 1;
  }
  std::cout << "inventory listening on " << address << std::endl;
  service.Serve(cq.get());  // one thread drives every call
  return 0;
}
