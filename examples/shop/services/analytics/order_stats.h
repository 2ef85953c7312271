#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace shop {

// Revenue and order counts, from the order.confirmed events.
struct OrderStats {
  std::int64_t orders = 0;
  std::int64_t revenue_cents = 0;
  void Add(const std::string& event);
};

// Consumes order.confirmed as the `analytics` consumer group until
// `running` turns false. False when the consumer could not start.
bool ConsumeConfirmedOrders(OrderStats& stats, const std::atomic<bool>& running);

}  // namespace shop
