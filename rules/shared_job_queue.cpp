// shared-job-queue: a job queue worked by more than one service
// (docs/rules/shared-job-queue.md). A job has one owner; when several
// services must each react, that is an event with several consumers.
#include "rules/RuleFunctions.h"

namespace msglint::rules {

void runSharedJobQueue(RuleContext &ctx, std::vector<Finding> &out) {
  for (const auto &[name, queue] : ctx.model.queues) {
    if (queue.consumerServices.size() < 2)
      continue;
    std::string services;
    for (const std::string &s : queue.consumerServices)
      services += (services.empty() ? "" : ", ") + s;
    const graph::Site &first = ctx.model.sites[queue.consumers.front()];
    Finding f = ctx.finding(
        first.fact.loc,
        "job queue '" + name + "' is worked by " + plural(queue.consumerServices.size(), "service") +
            " (" + services + "): each job goes to one of them, so each sees only some jobs; give "
            "the job one owner, or publish an event that every service consumes");
    for (size_t i = 1; i < queue.consumers.size(); ++i) {
      const graph::Site &site = ctx.model.sites[queue.consumers[i]];
      std::string owners;
      for (const std::string &s : site.services)
        owners += (owners.empty() ? "" : ", ") + s;
      f.notes.push_back({site.fact.loc, "also worked here, by '" + site.functionName() + "' (" + owners + ")"});
    }
    out.push_back(std::move(f));
  }
}

} // namespace msglint::rules
