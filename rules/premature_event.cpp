// premature-event: an event published before a later step of the same
// function that can still fail (docs/rules/premature-event.md). If that
// step fails, the consumers act on a fact that did not happen.
#include "rules/RuleFunctions.h"

namespace msglint::rules {

namespace {

// The first step after `publish` in `fn` that waits on a synchronous call
// whose outcome the function depends on: a blocking site of its own (its
// result not thrown away), or a call, later in the source, of a helper
// that blocks. Returns the site index of the call waited on, or -1.
long laterFailingStep(RuleContext &ctx, const graph::Function &fn, const graph::Site &publish) {
  long best = -1;
  facts::Location bestLoc;
  auto consider = [&](size_t site, const facts::Location &at) {
    if (best < 0 || at < bestLoc) {
      best = static_cast<long>(site);
      bestLoc = at;
    }
  };
  for (size_t i : fn.sites) {
    const graph::Site &s = ctx.model.sites[i];
    if (s.fact.kind == facts::SiteKind::Call && s.fact.blocking && s.fact.order > publish.fact.order &&
        s.fact.result != facts::ResultUse::Discarded)
      consider(i, s.fact.loc);
  }
  for (const facts::Callee &callee : fn.callees) {
    if (!callee.called || callee.loc.file != publish.fact.loc.file || !(publish.fact.loc < callee.loc))
      continue;
    const auto &blocking = ctx.sync.blockingReach(callee.usr);
    if (!blocking.empty())
      consider(blocking.begin()->second, callee.loc);
  }
  return best;
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
      f.notes.push_back({call.fact.loc, "the later step: '" + call.functionName + "' calls " + call.fact.target});
      out.push_back(std::move(f));
    }
  }
}

} // namespace msglint::rules
