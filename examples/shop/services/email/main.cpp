// email: the owner of the confirmation-email job. Works the Redis list at
// $SHOP_REDIS_ADDR; no gRPC server.
#include <atomic>
#include <csignal>
#include <iostream>

#include "common/messaging.h"
#include "confirmation_worker.h"

namespace {
std::atomic<bool> running{true};
void Stop(int) { running = false; }
}  // namespace

int main() {
  std::signal(SIGINT, Stop);
  std::signal(SIGTERM, Stop);
  redisContext* redis = shop::ConnectToRedis();
  if (redis == nullptr) return 1;
  std::cout << "email working " << shop::kConfirmationEmailQueue << std::endl;
  shop::WorkConfirmationEmails(redis, running);
  redisFree(redis);
  return 0;
}
