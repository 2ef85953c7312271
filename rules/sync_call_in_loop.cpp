// sync-call-in-loop: a blocking call repeated in a loop, one round trip per
// iteration (docs/rules/sync-call-in-loop.md). Retry loops, which leave as
// soon as the call succeeds, are not N+1 calls and are not reported.
#include "rules/RuleFunctions.h"

namespace msglint::rules {

void runSyncCallInLoop(RuleContext &ctx, std::vector<Finding> &out) {
  const std::string advice =
      ": one round trip per iteration; send one batched request, or issue the calls "
      "concurrently with the async API";
  for (const graph::Site &site : ctx.model.sites) {
    const facts::Site &s = site.fact;
    if (s.kind != facts::SiteKind::Call || !s.blocking || !s.inLoop || s.retryLoop)
      continue;
    Finding f = ctx.finding(s.loc, "blocking call to " + s.target + " inside a loop" + advice);
    f.notes.push_back({s.loopLoc, "the loop starts here"});
    out.push_back(std::move(f));
  }
  // The same through a helper: the loop calls a function that blocks.
  // A virtual call expands to several overriders: report the loop once.
  std::set<facts::Location> reported;
  for (const auto &[usr, fn] : ctx.model.functions) {
    for (const facts::Callee &callee : fn.callees) {
      if (!callee.inLoop || callee.retryLoop)
        continue;
      const graph::Function *helper = ctx.model.function(callee.usr);
      // A loop that hands each request to its handler is a server's
      // dispatch loop (a completion queue), not N+1 calls.
      if (!helper || !helper->entries.empty())
        continue;
      const auto &blocking = ctx.sync.blockingReach(callee.usr);
      if (blocking.empty() || reported.count(callee.loc))
        continue;
      reported.insert(callee.loc);
      const auto &[target, siteIndex] = *blocking.begin();
      const graph::Site &site = ctx.model.sites[siteIndex];
      Finding f = ctx.finding(callee.loc, "'" + helper->name + "', called inside a loop, makes a "
                                          "blocking call to " + target + advice);
      f.notes.push_back({callee.loopLoc, "the loop starts here"});
      f.notes.push_back({site.fact.loc, "'" + site.functionName() + "' calls " + target + " here"});
      out.push_back(std::move(f));
    }
  }
}

} // namespace msglint::rules
