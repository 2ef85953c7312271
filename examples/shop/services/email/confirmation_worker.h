#pragma once

#include <atomic>
#include <string>

#include <hiredis/hiredis.h>

namespace shop {

// Works the confirmation-email jobs that checkout queues: the one owner of
// that job. Returns when `running` turns false or Redis goes away.
void WorkConfirmationEmails(redisContext* redis, const std::atomic<bool>& running);

// Composes and sends one confirmation email; false when it must be retried.
bool SendConfirmation(const std::string& order_id, const std::string& customer_id);

}  // namespace shop
