// email: the owner of the confirmation-email and points-statement jobs.
// Works the Redis lists at $SHOP_REDIS_ADDR, one connection each (BRPOP
// blocks its connection); no gRPC server.
#include <atomic>
#include <iostream>
#include <thread>

#include "common/messaging.h"
#include "common/shutdown.h"
#include "confirmation_worker.h"
#include "statement_worker.h"

int main() {
  const std::atomic<bool>& running = shop::StopOnSignals();
  redisContext* confirmations = shop::ConnectToRedis();
  redisContext* statements = shop::ConnectToRedis();
  if (confirmations == nullptr || statements == nullptr) {
    redisFree(confirmations);
    redisFree(statements);
    return 1;
  }
  std::cout << "email working " << shop::kConfirmationEmailQueue << " and "
            << shop::kPointsStatementQueue << std::endl;
  std::thread statement_worker([&] { shop::WorkPointsStatements(statements, running); });
  shop::WorkConfirmationEmails(confirmations, running);
  statement_worker.join();
  redisFree(confirmations);
  redisFree(statements);
  return 0;
}
