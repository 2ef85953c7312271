// consumer-without-producer: a subscription (or worker) on a name that
// nothing in the scanned code publishes (docs/rules/consumer-without-producer.md).
#include "rules/RuleFunctions.h"

namespace msglint::rules {
namespace {

void report(RuleContext &ctx, const std::map<std::string, graph::Channel> &channels,
            const std::string &what, const std::string &nobody, std::vector<Finding> &out) {
  for (const auto &[name, channel] : channels) {
    if (channel.consumers.empty() || !channel.producers.empty())
      continue;
    const graph::Site &first = ctx.model.sites[channel.consumers.front()];
    Finding f = ctx.finding(first.fact.loc, what + " '" + name + "' " + nobody + " " +
                                                scopeSeen(ctx.model) +
                                                ": check the name (a typo?), or drop the consumer");
    for (size_t i = 1; i < channel.consumers.size(); ++i) {
      const graph::Site &other = ctx.model.sites[channel.consumers[i]];
      f.notes.push_back({other.fact.loc, "also consumed here, by '" + other.functionName + "'"});
    }
    out.push_back(std::move(f));
  }
}

} // namespace

void runConsumerWithoutProducer(RuleContext &ctx, std::vector<Finding> &out) {
  report(ctx, ctx.model.topics, "subscription to", "has no publisher", out);
  report(ctx, ctx.model.queues, "worker of queue", "has nothing enqueuing to it", out);
}

} // namespace msglint::rules
