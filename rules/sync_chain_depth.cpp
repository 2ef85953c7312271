// sync-chain-depth: an entry point whose longest synchronous path crosses
// more than MaxDepth services (docs/rules/sync-chain-depth.md).
#include "rules/RuleFunctions.h"

namespace msglint::rules {

void runSyncChainDepth(RuleContext &ctx, std::vector<Finding> &out) {
  const int maxDepth = ctx.option("MaxDepth");
  for (const std::string &usr : ctx.sync.entryPoints()) {
    const graph::Function &fn = *ctx.model.function(usr);
    std::vector<graph::Hop> chain = ctx.sync.chainOf(usr);
    if (static_cast<int>(chain.size()) <= maxDepth)
      continue;
    std::string path = fn.services.empty() ? "?" : *fn.services.begin();
    for (const graph::Hop &hop : chain)
      path += " -> " + ctx.model.serviceOf(hop.endpoint);
    Finding f = ctx.finding(
        fn.loc, describeEntryPoint(fn) + " waits on a chain of " +
                    std::to_string(chain.size()) + " synchronous calls: " + path +
                    "; at most " + std::to_string(maxDepth) +
                    " are allowed: let the later steps happen through a job or an event");
    for (size_t i = 0; i < chain.size(); ++i) {
      const graph::Site &site = ctx.model.sites[chain[i].site];
      f.notes.push_back({site.fact.loc, "hop " + std::to_string(i + 1) + ": '" +
                                            site.functionName + "' calls " +
                                            describeEndpoint(ctx.model, chain[i].endpoint)});
    }
    out.push_back(std::move(f));
  }
}

} // namespace msglint::rules
