#include "order_events.h"

#include "common/messaging.h"

namespace shop {

OrderEvents::OrderEvents() : producer_(KafkaProducer("checkout")) {}

bool OrderEvents::Confirmed(const std::string& order_id, const std::string& customer_id,
                            std::int64_t total_cents) {
  if (!producer_) return false;
  // Healthy: an event named after the fact, keyed by order so one order's
  // events stay in order. Checkout does not know who consumes it.
  return PublishEvent(*producer_, kOrderConfirmed, order_id,
                      "{\"order\":\"" + order_id + "\",\"customer\":\"" + customer_id +
                          "\",\"total_cents\":" + std::to_string(total_cents) + "}");
}

bool OrderEvents::AwardPoints(const std::string& customer_id, std::int64_t points) {
  if (!producer_) return false;
  // ANTI-PATTERN (task-named-event, single-consumer-event): a command to
  // one service dressed as an event: only loyalty reads it, and checkout
  // now decides loyalty's business. Loyalty already hears order.confirmed
  // and can work out the points itself; if checkout must ask, that is a
  // job on a queue loyalty owns.
  return PublishEvent(*producer_, kAwardPoints, customer_id,
                      "{\"customer\":\"" + customer_id + "\",\"points\":" +
                          std::to_string(points) + "}");
}

bool OrderEvents::StatusChanged(const std::string& order_id, const std::string& status) {
  if (!producer_) return false;
  // ANTI-PATTERN (vague-event-name): "order.status" says neither what
  // happened nor when to react; every consumer must parse the payload to
  // find out. One event per fact (order.confirmed, order.shipped).
  return PublishEvent(*producer_, kOrderStatus, order_id,
                      "{\"order\":\"" + order_id + "\",\"status\":\"" + status + "\"}");
}

}  // namespace shop
