#include "common/channels.h"

#include <cstdlib>

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>

namespace shop {

std::string AddressOf(const ServiceAddress& service) {
  const char* value = std::getenv(service.env_var);
  return (value != nullptr && *value != '\0') ? value : service.default_address;
}

std::string ListenAddress(int argc, char** argv, const ServiceAddress& self) {
  return argc > 1 ? argv[1] : AddressOf(self);
}

std::shared_ptr<grpc::Channel> ConnectTo(const ServiceAddress& service) {
  // Plaintext: inside the cluster, TLS is terminated by the service mesh.
  return grpc::CreateChannel(AddressOf(service), grpc::InsecureChannelCredentials());
}

}  // namespace shop
