// dynamic-target: a site whose topic, queue or endpoint could not be
// resolved statically (docs/rules/dynamic-target.md). It is still in the
// graph's sites, but joins no edge; the note says how to name it.
#include "rules/RuleFunctions.h"

namespace msglint::rules {

void runDynamicTarget(RuleContext &ctx, std::vector<Finding> &out) {
  for (const graph::Site &site : ctx.model.sites) {
    if (site.fact.target != "dynamic")
      continue;
    std::string expr = site.fact.targetExpr.empty() ? "its argument" : "'" + site.fact.targetExpr + "'";
    std::string kind = facts::toString(site.fact.kind);
    out.push_back(ctx.finding(
        site.fact.loc,
        "the target of this " + std::string(site.fact.api) + " " + kind + " site, " + expr +
            ", is not known statically, so it joins no edge of the graph: use a constant, or "
            "mark the wrapper with msglint/annotations.h (docs/annotations.md)"));
  }
}

} // namespace msglint::rules
