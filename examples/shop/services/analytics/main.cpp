// analytics: counts orders, revenue and events from the Kafka brokers at
// $SHOP_KAFKA_BROKERS, and points statements from the Redis at
// $SHOP_REDIS_ADDR; no gRPC server.
#include <atomic>
#include <cstdint>
#include <iostream>
#include <thread>

#include "common/messaging.h"
#include "common/shutdown.h"
#include "order_stats.h"

int main() {
  const std::atomic<bool>& running = shop::StopOnSignals();
  // The counter stops with the consumer (on a signal, or when Kafka fails).
  std::atomic<bool> counting{true};
  std::int64_t statements = 0;
  std::thread counter([&] {
    if (redisContext* redis = shop::ConnectToRedis()) {
      statements = shop::CountPointsStatements(redis, counting);
      redisFree(redis);
    }
  });
  shop::OrderStats stats;
  const bool consumed = shop::ConsumeShopEvents(stats, running);
  counting = false;
  counter.join();
  if (!consumed) return 1;
  std::cout << stats.orders << " orders, " << stats.revenue_cents << " cents, " << statements
            << " points statements\n";
  for (const auto& [topic, count] : stats.events) std::cout << topic << ": " << count << "\n";
  return 0;
}
