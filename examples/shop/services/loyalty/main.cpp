// loyalty: awards points for the order.confirmed events on the Kafka
// brokers at $SHOP_KAFKA_BROKERS, and records them in the ledger.
#include <atomic>

#include "common/shutdown.h"
#include "common/channels.h"
#include "points.h"

int main() {
  const std::atomic<bool>& running = shop::StopOnSignals();
  shop::PointsAwarder awarder(ledger::Ledger::NewStub(shop::ConnectTo(shop::kLedger)));
  return awarder.Run(running) ? 0 : 1;
}
