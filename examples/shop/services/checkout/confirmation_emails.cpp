#include "confirmation_emails.h"

#include "common/messaging.h"

namespace shop {

bool ConfirmationEmails::Enqueue(const std::string& order_id, const std::string& customer_id) {
  if (redis_ == nullptr) return false;
  const std::string job = order_id + " " + customer_id;
  // Healthy: a job with one owner. LPUSH here, BRPOP in services/email: the
  // email service retries it on its own time; checkout only needs to know
  // that the job was accepted.
  auto* reply = static_cast<redisReply*>(
      redisCommand(redis_, "LPUSH %s %s", kConfirmationEmailQueue, job.c_str()));
  const bool queued = reply != nullptr && reply->type == REDIS_REPLY_INTEGER;
  freeReplyObject(reply);
  return queued;
}

}  // namespace shop
