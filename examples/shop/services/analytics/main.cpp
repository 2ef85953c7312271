// analytics: counts orders and revenue from the order.confirmed events on
// the Kafka brokers at $SHOP_KAFKA_BROKERS; no gRPC server.
#include <atomic>
#include <iostream>

#include "common/shutdown.h"
#include "order_stats.h"

int main() {
  const std::atomic<bool>& running = shop::StopOnSignals();
  shop::OrderStats stats;
  if (!shop::ConsumeConfirmedOrders(stats, running)) return 1;
  std::cout << stats.orders << " orders, " << stats.revenue_cents << " cents\n";
  return 0;
}
