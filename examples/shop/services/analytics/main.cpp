// analytics: counts orders and revenue from the order.confirmed events on
// the Kafka brokers at $SHOP_KAFKA_BROKERS; no gRPC server.
#include <atomic>
#include <csignal>
#include <iostream>

#include "order_stats.h"

namespace {
std::atomic<bool> running{true};
void Stop(int) { running = false; }
}  // namespace

int main() {
  std::signal(SIGINT, Stop);
  std::signal(SIGTERM, Stop);
  shop::OrderStats stats;
  if (!shop::ConsumeConfirmedOrders(stats, running)) return 1;
  std::cout << stats.orders << " orders, " << stats.revenue_cents << " cents\n";
  return 0;
}
