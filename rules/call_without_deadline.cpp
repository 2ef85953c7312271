// call-without-deadline: a synchronous RPC made without a deadline
// (docs/rules/call-without-deadline.md). Only contexts msglint can follow
// from creation to the call are judged; a context handed to other code
// first may get its deadline there.
#include "rules/RuleFunctions.h"

namespace msglint::rules {

void runCallWithoutDeadline(RuleContext &ctx, std::vector<Finding> &out) {
  for (const graph::Site &site : ctx.model.sites) {
    if (site.fact.kind != facts::SiteKind::Call || site.fact.deadline != facts::Deadline::Unset)
      continue;
    out.push_back(ctx.finding(
        site.fact.loc, "call to " + site.fact.target +
                           " has no deadline: its client context never gets set_deadline(), "
                           "so a slow or stuck " +
                           ctx.model.serviceOf(site.fact.target) +
                           " holds this request for ever; set a deadline before the call"));
  }
}

} // namespace msglint::rules
