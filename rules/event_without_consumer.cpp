// event-without-consumer: an event (or job) that nothing in the scanned
// code consumes (docs/rules/event-without-consumer.md). A whole-graph
// rule: the message says what scope it saw.
#include "rules/RuleFunctions.h"

namespace msglint::rules {
namespace {

void report(RuleContext &ctx, const std::map<std::string, graph::Channel> &channels,
            const std::string &what, const std::string &nobody, std::vector<Finding> &out) {
  for (const auto &[name, channel] : channels) {
    if (channel.producers.empty() || !channel.consumers.empty())
      continue;
    const graph::Site &first = ctx.model.sites[channel.producers.front()];
    Finding f = ctx.finding(first.fact.loc, what + " '" + name + "' " + nobody + " " +
                                                scopeSeen(ctx.model) +
                                                ": check the name, or remove the dead send");
    for (size_t i = 1; i < channel.producers.size(); ++i) {
      const graph::Site &other = ctx.model.sites[channel.producers[i]];
      f.notes.push_back({other.fact.loc, "also sent here, by '" + other.functionName + "'"});
    }
    out.push_back(std::move(f));
  }
}

} // namespace

void runEventWithoutConsumer(RuleContext &ctx, std::vector<Finding> &out) {
  report(ctx, ctx.model.topics, "event", "is published, but nothing consumes it", out);
  report(ctx, ctx.model.queues, "job queue", "is enqueued to, but nothing works it", out);
}

} // namespace msglint::rules
