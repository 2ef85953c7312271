#include "confirmation_worker.h"

#include <iostream>
#include <sstream>

#include "common/messaging.h"

namespace shop {

void WorkConfirmationEmails(redisContext* redis, const std::atomic<bool>& running) {
  while (running) {
    // BRPOP with a timeout, so a shutdown is noticed within 5 s.
    auto* reply = static_cast<redisReply*>(
        redisCommand(redis, "BRPOP %s 5", kConfirmationEmailQueue));
    if (reply == nullptr) return;  // the connection is gone
    if (reply->type == REDIS_REPLY_ARRAY && reply->elements == 2) {
      std::istringstream job(reply->element[1]->str);
      std::string order_id, customer_id;
      job >> order_id >> customer_id;
      if (!SendConfirmation(order_id, customer_id)) {
        // The job is ours: put it back for a later attempt rather than lose it.
        freeReplyObject(redisCommand(redis, "RPUSH %s %s", kConfirmationEmailQueue,
                                     reply->element[1]->str));
      }
    }
    freeReplyObject(reply);
  }
}

bool SendConfirmation(const std::string& order_id, const std::string& customer_id) {
  // The mail relay is outside this example: the email is written to stdout.
  std::cout << "To: " << customer_id << "\nSubject: your order " << order_id
            << " is confirmed\n\n" << std::flush;
  return true;
}

}  // namespace shop
