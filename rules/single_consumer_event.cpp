// single-consumer-event: an event consumed by exactly one service
// (docs/rules/single-consumer-event.md). An event is for any number of
// parties; one with a single consumer is a job for that consumer in
// disguise. A whole-graph rule: the message says what scope it saw.
#include "rules/RuleFunctions.h"

namespace msglint::rules {

void runSingleConsumerEvent(RuleContext &ctx, std::vector<Finding> &out) {
  for (const auto &[name, topic] : ctx.model.topics) {
    if (topic.producers.empty() || topic.consumerServices.size() != 1)
      continue;
    const std::string &consumer = *topic.consumerServices.begin();
    // A service that publishes to itself is its own business.
    if (topic.producerServices.size() == 1 && topic.producerServices.count(consumer))
      continue;
    const graph::Site &first = ctx.model.sites[topic.producers.front()];
    Finding f = ctx.finding(
        first.fact.loc,
        "event '" + name + "' has one consumer, " + consumer + ", " + scopeSeen(ctx.model) +
            ": if only " + consumer + " must act on it, enqueue a job for " + consumer +
            " instead; an event is for facts several parties react to");
    for (size_t i : topic.consumers) {
      const graph::Site &site = ctx.model.sites[i];
      f.notes.push_back({site.fact.loc, "the one consumer: '" + site.functionName() + "' (" + consumer + ")"});
    }
    for (size_t i = 1; i < topic.producers.size(); ++i) {
      const graph::Site &site = ctx.model.sites[topic.producers[i]];
      f.notes.push_back({site.fact.loc, "also published here, by '" + site.functionName() + "'"});
    }
    out.push_back(std::move(f));
  }
}

} // namespace msglint::rules
