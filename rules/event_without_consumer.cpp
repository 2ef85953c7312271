// event-without-consumer: an event (or job) that nothing in the scanned
// code consumes (docs/rules/event-without-consumer.md). A whole-graph
// rule: the message says what scope it saw.
#include "rules/RuleFunctions.h"

namespace msglint::rules {

void runEventWithoutConsumer(RuleContext &ctx, std::vector<Finding> &out) {
  const std::string advice = "check the name, or remove the dead send";
  reportOneSidedChannels(ctx, ctx.model.topics, /*producers=*/true, "event",
                         "is published, but nothing consumes it", advice, "also sent here", out);
  reportOneSidedChannels(ctx, ctx.model.queues, /*producers=*/true, "job queue",
                         "is enqueued to, but nothing works it", advice, "also sent here", out);
}

} // namespace msglint::rules
