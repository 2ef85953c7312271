#include "statement_worker.h"

#include <iostream>

#include "common/messaging.h"

namespace shop {

void WorkPointsStatements(redisContext* redis, const std::atomic<bool>& running) {
  while (running) {
    auto* reply = static_cast<redisReply*>(redisCommand(redis, "BRPOP %s 5", kPointsStatementQueue));
    if (reply == nullptr) return;  // the connection is gone
    if (reply->type == REDIS_REPLY_ARRAY && reply->elements == 2) {
      // The mail relay is outside this example: the email is written to stdout.
      std::cout << "To: " << reply->element[1]->str << "\nSubject: your points\n\n" << std::flush;
      // Near-miss: a worker that receives first and answers after is not
      // waiting for a reply; loyalty, which waits for this one, is.
      freeReplyObject(redisCommand(redis, "LPUSH %s %s", kPointsStatementSent, reply->element[1]->str));
    }
    freeReplyObject(reply);
  }
}

}  // namespace shop
