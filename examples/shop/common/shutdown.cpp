#include "common/shutdown.h"

#include <csignal>

namespace shop {

namespace {
std::atomic<bool> running{true};
void Stop(int) { running = false; }
}  // namespace

const std::atomic<bool>& StopOnSignals() {
  std::signal(SIGINT, Stop);
  std::signal(SIGTERM, Stop);
  return running;
}

}  // namespace shop
