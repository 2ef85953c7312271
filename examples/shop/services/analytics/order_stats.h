#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <string>

#include <hiredis/hiredis.h>

namespace shop {

// Revenue and order counts from order.confirmed, and how many events of
// each other topic came in.
struct OrderStats {
  std::int64_t orders = 0;
  std::int64_t revenue_cents = 0;
  std::map<std::string, std::int64_t> events;  // topic -> count
  void Add(const std::string& event);
};

// Consumes the shop's events as the `analytics` consumer group until
// `running` turns false. False when the consumer could not start.
bool ConsumeShopEvents(OrderStats& stats, const std::atomic<bool>& running);

// Counts the points statements loyalty asks the email service to send, by
// popping their jobs (see the .cpp: it should not). Returns the count when
// `running` turns false or Redis goes away.
std::int64_t CountPointsStatements(redisContext* redis, const std::atomic<bool>& running);

}  // namespace shop
