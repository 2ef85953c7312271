// ignored-call-result: a synchronous call whose status or result is
// discarded or never checked: the caller does not depend on the answer,
// so the work is a job or an event (docs/rules/ignored-call-result.md).
#include "rules/RuleFunctions.h"

namespace msglint::rules {
namespace {

std::string whatIsIgnored(const facts::Site &site) {
  if (site.style == "callback")
    return "the completion callback of " + site.target + " never looks at its status";
  std::string what = site.style == "unary"   ? "the status of "
                     : site.style == "async" ? "the response reader of "
                                             : "the stream of ";
  return what + site.target +
         (site.result == facts::ResultUse::Unchecked ? " is stored but never checked"
                                                     : " is discarded");
}

} // namespace

void runIgnoredCallResult(RuleContext &ctx, std::vector<Finding> &out) {
  for (const graph::Site &site : ctx.model.sites) {
    if (site.fact.kind != facts::SiteKind::Call || site.fact.result == facts::ResultUse::Used)
      continue;
    out.push_back(ctx.finding(site.fact.loc,
                              whatIsIgnored(site.fact) +
                                  ": the caller does not depend on the answer, so this is "
                                  "work for a job or an event, not a direct call; or check "
                                  "the status if the answer matters"));
  }
}

} // namespace msglint::rules
