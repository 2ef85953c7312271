// premature-event: an event published before a later step of the same
// function that can still fail (docs/rules/premature-event.md). If that
// step fails, the consumers act on a fact that did not happen.
#include "rules/RuleFunctions.h"

namespace msglint::rules {

namespace {

// The first step that may run after `publish` in `fn` (on its control
// flow, facts::Site::after) and waits on a synchronous call whose outcome
// the function depends on: a blocking site of its own (its result not
// thrown away), or a call of a helper that blocks. Returns the site index
// of the call waited on, or -1.
long laterFailingStep(RuleContext &ctx, const graph::Function &fn, const graph::Site &publish) {
  for (const facts::Step &step : publish.fact.after) { // in source order
    if (!step.callee.empty()) {
      const auto &blocking = ctx.sync.blockingReach(step.callee);
      if (!blocking.empty())
        return static_cast<long>(blocking.begin()->second);
      continue;
    }
    for (size_t i : fn.sites) {
      const facts::Site &s = ctx.model.sites[i].fact;
      if (s.loc == step.loc && s.kind == facts::SiteKind::Call && s.blocking &&
          s.result != facts::ResultUse::Discarded)
        return static_cast<long>(i);
    }
  }
  return -1;
}

} // namespace

void runPrematureEvent(RuleContext &ctx, std::vector<Finding> &out) {
  for (const auto &[usr, fn] : ctx.model.functions) {
    for (size_t i : fn.sites) {
      const graph::Site &publish = ctx.model.sites[i];
      if (publish.fact.kind != facts::SiteKind::Publish || publish.fact.target == "dynamic")
        continue;
      long step = laterFailingStep(ctx, fn, publish);
      if (step < 0)
        continue;
      const graph::Site &call = ctx.model.sites[static_cast<size_t>(step)];
      Finding f = ctx.finding(
          publish.fact.loc,
          "event '" + publish.fact.target + "' is published before '" + fn.name + "' waits on " +
              call.fact.target + ", which can still fail: if it does, the consumers act on a fact "
              "that did not happen; publish after the last step that can fail (or write the event "
              "to an outbox in the same transaction)");
      f.notes.push_back({call.fact.loc, "the later step: '" + call.functionName() + "' calls " + call.fact.target});
      out.push_back(std::move(f));
    }
  }
}

} // namespace msglint::rules
