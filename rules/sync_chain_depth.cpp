// sync-chain-depth: an entry point whose longest synchronous path crosses
// more than MaxDepth services (docs/rules/sync-chain-depth.md).
#include "rules/RuleFunctions.h"

namespace msglint::rules {

void runSyncChainDepth(RuleContext &ctx, std::vector<Finding> &out) {
  const int maxDepth = ctx.option("MaxDepth");
  for (const std::string &usr : ctx.sync.entryPoints()) {
    const graph::Function &fn = *ctx.model.function(usr);
    std::vector<graph::Hop> chain = ctx.sync.chainOf(usr);
    // Depth is the number of services crossed: a call to another endpoint
    // of the same service waits, but crosses no service boundary.
    std::string previous = fn.services.empty() ? "?" : *fn.services.begin();
    std::string path = previous;
    int crossed = 0;
    for (const graph::Hop &hop : chain) {
      std::string service = ctx.model.serviceOf(hop.endpoint);
      if (service != previous) {
        ++crossed;
        path += " -> " + service;
        previous = service;
      }
    }
    if (crossed <= maxDepth)
      continue;
    Finding f = ctx.finding(fn.loc, describeEntryPoint(fn) + " waits on a chain of synchronous calls across " +
                                        plural(crossed, "service") + ": " + path + "; at most " +
                                        std::to_string(maxDepth) +
                                        " are allowed: let the later steps happen through a job or an event");
    for (size_t i = 0; i < chain.size(); ++i) {
      const graph::Site &site = ctx.model.sites[chain[i].site];
      f.notes.push_back({site.fact.loc, "hop " + std::to_string(i + 1) + ": '" +
                                            site.functionName() + "' calls " +
                                            describeEndpoint(ctx.model, chain[i].endpoint)});
    }
    out.push_back(std::move(f));
  }
}

} // namespace msglint::rules
