// consumer-without-producer: a subscription (or worker) on a name that
// nothing in the scanned code produces (docs/rules/consumer-without-producer.md).
#include "rules/RuleFunctions.h"

namespace msglint::rules {

void runConsumerWithoutProducer(RuleContext &ctx, std::vector<Finding> &out) {
  const std::string advice = "check the name (a typo?), or drop the consumer";
  reportOneSidedChannels(ctx, ctx.model.topics, /*producers=*/false, "subscription to",
                         "has no publisher", advice, "also consumed here", out);
  reportOneSidedChannels(ctx, ctx.model.queues, /*producers=*/false, "worker of queue",
                         "has nothing enqueuing to it", advice, "also consumed here", out);
}

} // namespace msglint::rules
