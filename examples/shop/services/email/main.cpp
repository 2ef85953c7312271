// email: the owner of the confirmation-email job. Works the Redis list at
// $SHOP_REDIS_ADDR; no gRPC server.
#include <atomic>
#include <iostream>

#include "common/messaging.h"
#include "common/shutdown.h"
#include "confirmation_worker.h"

int main() {
  const std::atomic<bool>& running = shop::StopOnSignals();
  redisContext* redis = shop::ConnectToRedis();
  if (redis == nullptr) return 1;
  std::cout << "email working " << shop::kConfirmationEmailQueue << std::endl;
  shop::WorkConfirmationEmails(redis, running);
  redisFree(redis);
  return 0;
}
