#pragma once

#include <memory>
#include <string>

#include <grpcpp/channel.h>

namespace shop {

// Where a service listens. The address can be overridden with an environment
// variable, so the same binaries run on a laptop and in the cluster.
struct ServiceAddress {
  const char* env_var;
  const char* default_address;
};

inline constexpr ServiceAddress kGateway{"SHOP_GATEWAY_ADDR", "localhost:50050"};
inline constexpr ServiceAddress kCheckout{"SHOP_CHECKOUT_ADDR", "localhost:50051"};
inline constexpr ServiceAddress kInventory{"SHOP_INVENTORY_ADDR", "localhost:50052"};
inline constexpr ServiceAddress kBilling{"SHOP_BILLING_ADDR", "localhost:50053"};
inline constexpr ServiceAddress kFraud{"SHOP_FRAUD_ADDR", "localhost:50054"};
inline constexpr ServiceAddress kLedger{"SHOP_LEDGER_ADDR", "localhost:50055"};
inline constexpr ServiceAddress kShipping{"SHOP_SHIPPING_ADDR", "localhost:50056"};
// Not in this repository: run by the notifications team.
inline constexpr ServiceAddress kNotifications{"SHOP_NOTIFICATIONS_ADDR", "localhost:50057"};

// The address from the environment, or the default.
std::string AddressOf(const ServiceAddress& service);

// The address a service's main() listens on: argv[1] if given, else AddressOf().
std::string ListenAddress(int argc, char** argv, const ServiceAddress& self);

// A channel to `service`. Channels are cheap to share: create one per
// downstream service and build every stub for it from that channel.
std::shared_ptr<grpc::Channel> ConnectTo(const ServiceAddress& service);

}  // namespace shop
