#pragma once

#include <string>

#include <hiredis/hiredis.h>

namespace shop {

// Queues the confirmation email of an order as a job for the email service.
class ConfirmationEmails {
 public:
  explicit ConfirmationEmails(redisContext* redis) : redis_(redis) {}
  ~ConfirmationEmails() { redisFree(redis_); }
  ConfirmationEmails(const ConfirmationEmails&) = delete;
  ConfirmationEmails& operator=(const ConfirmationEmails&) = delete;

  // False when the job could not be queued; the order stands either way.
  bool Enqueue(const std::string& order_id, const std::string& customer_id);

 private:
  redisContext* redis_;
};

}  // namespace shop
