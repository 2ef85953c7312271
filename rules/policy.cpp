// policy: the team's own architecture policies from `.msglint.yaml`
// (docs/rules/policy.md, docs/policies.md). Each policy is checked on the
// service dependencies and channels of the model; a finding is at the call,
// enqueue, publish or consume site that breaks it, or, when a pattern of the
// policy matches nothing in the scan, at that pattern in the configuration,
// so that a typo cannot silently switch a policy off.
#include "graph/Link.h"
#include "rules/Dependencies.h"
#include "rules/RuleFunctions.h"

#include <algorithm>

namespace msglint::rules {
namespace {

using config::Pattern;
using config::Policy;
using config::PolicyKind;
using config::Via;

class PolicyChecker {
public:
  PolicyChecker(RuleContext &ctx, const config::Policies &policies, std::vector<Finding> &out)
      : ctx(ctx), model(ctx.model), policies(policies), out(out),
        dependencies(serviceDependencies(ctx.model)) {
    serviceNames = model.services;
    for (const auto &[id, endpoint] : model.endpoints)
      serviceNames.insert(model.serviceOf(id));
  }

  void check(const Policy &policy) {
    reportUnmatched(policy);
    switch (policy.kind) {
    case PolicyKind::Forbid:
      for (const Dependency &d : selected(policy))
        if (in(policy.to, d.to))
          report(policy, d.site, describeDependency(model, d) + ": forbidden by policy '" +
                                     policy.name + "'");
      break;
    case PolicyKind::AllowOnly:
      for (const Dependency &d : dependencies)
        if (policy.via.count(d.via) && in(policy.to, d.to) && !in(policy.from, d.from))
          report(policy, d.site,
                 describeDependency(model, d) + ": policy '" + policy.name + "' allows only " +
                     texts(policy.from) + " to depend on " + texts(policy.to));
      break;
    case PolicyKind::Names:
      checkNames(policy);
      break;
    case PolicyKind::Consumers:
      checkConsumers(policy);
      break;
    case PolicyKind::Limit:
      checkLimit(policy);
      break;
    case PolicyKind::Layers:
      checkLayers(policy);
      break;
    }
  }

private:
  RuleContext &ctx;
  const graph::Model &model;
  const config::Policies &policies;
  std::vector<Finding> &out;
  std::vector<Dependency> dependencies;
  std::set<std::string> serviceNames; // services, and proto services nobody here implements

  bool in(const std::vector<Pattern> &patterns, const std::string &name) const {
    return config::matchesAny(patterns, name, policies);
  }

  static std::string texts(const std::vector<Pattern> &patterns) {
    std::string out;
    for (const Pattern &p : patterns)
      out += (out.empty() ? "" : ", ") + p.text;
    return out;
  }

  // The dependencies leaving the policy's `from` services by its `via`.
  std::vector<Dependency> selected(const Policy &policy) const {
    std::vector<Dependency> out;
    for (const Dependency &d : dependencies)
      if (policy.via.count(d.via) && in(policy.from, d.from))
        out.push_back(d);
    return out;
  }

  Finding finding(const Policy &policy, const facts::Location &loc, std::string message) const {
    Finding f = ctx.finding(loc, std::move(message) +
                                     (policy.message.empty() ? "" : ": " + policy.message));
    if (policy.level)
      parseSeverity(*policy.level, f.severity);
    return f;
  }

  void report(const Policy &policy, size_t site, std::string message) {
    out.push_back(finding(policy, model.sites[site].fact.loc, std::move(message)));
  }

  // The channels a policy's `via` is about: events' topics, jobs' queues.
  std::vector<const std::map<std::string, graph::Channel> *> channelsOf(const Policy &policy) const {
    std::vector<const std::map<std::string, graph::Channel> *> out;
    if (policy.via.count(Via::Event))
      out.push_back(&model.topics);
    if (policy.via.count(Via::Job))
      out.push_back(&model.queues);
    return out;
  }

  bool isJobs(const std::map<std::string, graph::Channel> *channels) const {
    return channels == &model.queues;
  }

  void checkNames(const Policy &policy) {
    for (const auto *channels : channelsOf(policy))
      for (const auto &[name, channel] : *channels) {
        if (config::matches(*policy.match, name, policies))
          continue;
        for (size_t i : channel.producers)
          for (const std::string &service : model.sites[i].services)
            if (in(policy.from, service))
              report(policy, i,
                     (isJobs(channels) ? "job queue '" : "event '") + name + "', " +
                         (isJobs(channels) ? "enqueued" : "published") + " by " + service +
                         ", does not have the shape " + policy.match->text +
                         " that policy '" + policy.name + "' requires");
      }
  }

  void checkConsumers(const Policy &policy) {
    for (const auto *channels : channelsOf(policy))
      for (const auto &[name, channel] : *channels) {
        if (!in(policy.channels, name))
          continue;
        for (size_t i : channel.consumers)
          for (const std::string &service : model.sites[i].services)
            if (!in(policy.to, service))
              report(policy, i,
                     service + (isJobs(channels) ? " works jobs of '" : " consumes '") + name +
                         "', but policy '" + policy.name + "' allows its " +
                         (isJobs(channels) ? "workers" : "consumers") + " only in " +
                         texts(policy.to));
      }
  }

  // A service's distinct synchronous dependencies, each at its first call
  // site; the finding is at the first site of the one over the limit.
  void checkLimit(const Policy &policy) {
    std::map<std::string, std::map<std::string, size_t>> calls; // from -> to -> first site
    for (const Dependency &d : dependencies)
      if (d.via == Via::Call && in(policy.from, d.from))
        calls[d.from].emplace(d.to, d.site); // dependencies are in site order
    for (const auto &[service, callees] : calls) {
      if (static_cast<int>(callees.size()) <= policy.max)
        continue;
      std::vector<std::pair<size_t, std::string>> bySite;
      for (const auto &[callee, site] : callees)
        bySite.emplace_back(site, callee);
      std::sort(bySite.begin(), bySite.end());
      std::string names;
      for (const auto &[callee, site] : callees)
        names += (names.empty() ? "" : ", ") + callee;
      const auto &[overSite, over] = bySite[policy.max];
      Finding f = finding(policy, model.sites[overSite].fact.loc,
                          service + " calls " + plural(callees.size(), "service") +
                              " directly (" + names + "); policy '" + policy.name +
                              "' allows at most " + std::to_string(policy.max) +
                              ", and this call to " + over + " is one too many");
      for (const auto &[site, callee] : bySite)
        if (site != overSite)
          f.notes.push_back({model.sites[site].fact.loc,
                             service + " calls " + callee + ": '" +
                                 model.sites[site].functionName() + "' calls " +
                                 model.sites[site].fact.target});
      out.push_back(std::move(f));
    }
  }

  // The index of the first layer whose tag the service has.
  std::optional<size_t> layerOf(const Policy &policy, const std::string &service) const {
    for (size_t i = 0; i < policy.layers.size(); ++i)
      if (config::matches(policy.layers[i], service, policies))
        return i;
    return std::nullopt;
  }

  void checkLayers(const Policy &policy) {
    for (const Dependency &d : dependencies) {
      if (!policy.via.count(d.via))
        continue;
      auto from = layerOf(policy, d.from), to = layerOf(policy, d.to);
      if (from && to && *to < *from)
        report(policy, d.site,
               describeDependency(model, d) + ": " + d.from + " is in layer " +
                   policy.layers[*from].value + ", below " + d.to + "'s layer " +
                   policy.layers[*to].value + ", and policy '" + policy.name +
                   "' lets a layer depend only on itself and the layers under it (" +
                   texts(policy.layers) + ")");
    }
  }

  // Every pattern must select something in the scan: a service, or a
  // channel of the policy's `via`.
  void reportUnmatched(const Policy &policy) {
    auto place = [&](const Pattern &p) {
      return facts::Location{graph::relativeToRoot(policies.file, model.root), p.place.line,
                             p.place.col};
    };
    for (const auto *list : {&policy.from, &policy.to, &policy.layers})
      for (const Pattern &p : *list) {
        bool any = std::any_of(serviceNames.begin(), serviceNames.end(), [&](const std::string &s) {
          return config::matches(p, s, policies);
        });
        if (!any)
          out.push_back(finding(policy, place(p),
                                "policy '" + policy.name + "': '" + p.text +
                                    "' matches no service " + scopeSeen(model) +
                                    ", so the policy checks nothing there (misspelt?)"));
      }
    for (const Pattern &p : policy.channels) {
      bool any = false;
      for (const auto *channels : channelsOf(policy))
        for (const auto &[name, channel] : *channels)
          any = any || config::matches(p, name, policies);
      if (!any)
        out.push_back(finding(policy, place(p),
                              "policy '" + policy.name + "': '" + p.text + "' matches no " +
                                  (policy.via.count(Via::Job) && !policy.via.count(Via::Event)
                                       ? "job queue "
                                       : policy.via.count(Via::Job) ? "event or job queue "
                                                                    : "event ") +
                                  scopeSeen(model) +
                                  ", so the policy checks nothing there (misspelt?)"));
    }
  }
};

} // namespace

void runPolicy(RuleContext &ctx, std::vector<Finding> &out) {
  // No policies, nothing to check: not even the dependencies (a million
  // sites at scale) are worth computing.
  if (!ctx.rule->policies || ctx.rule->policies->policies.empty())
    return;
  PolicyChecker checker(ctx, *ctx.rule->policies, out);
  for (const Policy &policy : ctx.rule->policies->policies)
    checker.check(policy);
}

} // namespace msglint::rules
