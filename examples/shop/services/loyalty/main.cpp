// loyalty: awards points for the order.confirmed events on the Kafka
// brokers at $SHOP_KAFKA_BROKERS, and records them in the ledger.
#include <atomic>
#include <csignal>

#include "common/channels.h"
#include "points.h"

namespace {
std::atomic<bool> running{true};
void Stop(int) { running = false; }
}  // namespace

int main() {
  std::signal(SIGINT, Stop);
  std::signal(SIGTERM, Stop);
  shop::PointsAwarder awarder(ledger::Ledger::NewStub(shop::ConnectTo(shop::kLedger)));
  return awarder.Run(running) ? 0 : 1;
}
