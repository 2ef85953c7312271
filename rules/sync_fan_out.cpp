// sync-fan-out: an entry point that waits, directly or transitively, on
// more than MaxServices distinct services (docs/rules/sync-fan-out.md).
#include "rules/RuleFunctions.h"

namespace msglint::rules {

void runSyncFanOut(RuleContext &ctx, std::vector<Finding> &out) {
  const int maxServices = ctx.option("MaxServices");
  for (const std::string &usr : ctx.sync.entryPoints()) {
    const graph::Function &fn = *ctx.model.function(usr);
    std::map<std::string, graph::Hop> waited = ctx.sync.servicesWaitedOn(usr);
    for (const std::string &own : fn.services)
      waited.erase(own);
    if (static_cast<int>(waited.size()) <= maxServices)
      continue;
    std::string names;
    for (const auto &[service, hop] : waited)
      names += (names.empty() ? "" : ", ") + service;
    Finding f = ctx.finding(
        fn.loc, describeEntryPoint(fn) + " waits on " +
                    plural(waited.size(), "service") + " (" + names + "); at most " +
                    std::to_string(maxServices) +
                    " are allowed: call directly only what the answer depends on, "
                    "and hand the rest to jobs or events");
    for (const auto &[service, hop] : waited) {
      const graph::Site &site = ctx.model.sites[hop.site];
      f.notes.push_back({site.fact.loc, "waits on " + service + ": '" + site.functionName() +
                                            "' calls " + hop.endpoint});
    }
    out.push_back(std::move(f));
  }
}

} // namespace msglint::rules
