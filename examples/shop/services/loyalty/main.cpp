// loyalty: awards points for the order.confirmed events on the Kafka
// brokers at $SHOP_KAFKA_BROKERS, records them in the ledger, and queues
// each customer's points statement for the email service on Redis.
#include <atomic>

#include "common/channels.h"
#include "common/messaging.h"
#include "common/shutdown.h"
#include "points.h"

int main() {
  const std::atomic<bool>& running = shop::StopOnSignals();
  redisContext* redis = shop::ConnectToRedis();
  if (redis == nullptr) return 1;
  shop::PointsAwarder awarder(ledger::Ledger::NewStub(shop::ConnectTo(shop::kLedger)), redis);
  const bool ran = awarder.Run(running);
  redisFree(redis);
  return ran ? 0 : 1;
}
