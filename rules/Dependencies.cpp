#include "rules/Dependencies.h"

namespace msglint::rules {

std::vector<Dependency> serviceDependencies(const graph::Model &model) {
  std::vector<Dependency> out;
  // Consecutive sites often share their target: its receivers are looked
  // up once per run of them, and not copied.
  const std::string *lastTarget = nullptr;
  facts::SiteKind lastKind{};
  std::set<std::string> calledService; // a call's one receiver
  const std::set<std::string> *receivers = nullptr;
  static const std::set<std::string> kNobody;
  for (size_t i = 0; i < model.sites.size(); ++i) {
    const graph::Site &site = model.sites[i];
    const std::string &target = site.fact.target;
    if (target == "dynamic")
      continue;
    config::Via via;
    switch (site.fact.kind) {
    case facts::SiteKind::Call:
      via = config::Via::Call;
      break;
    case facts::SiteKind::Enqueue:
      via = config::Via::Job;
      break;
    case facts::SiteKind::Publish:
      via = config::Via::Event;
      break;
    default:
      continue; // subscribe and work sites receive; the producer's site is the edge
    }
    if (!lastTarget || *lastTarget != target || lastKind != site.fact.kind) {
      lastTarget = &target;
      lastKind = site.fact.kind;
      receivers = &kNobody;
      if (via == config::Via::Call) {
        calledService = {model.serviceOf(target)};
        receivers = &calledService;
      } else {
        const auto &channels = via == config::Via::Job ? model.queues : model.topics;
        if (auto it = channels.find(target); it != channels.end())
          receivers = &it->second.consumerServices;
      }
    }
    for (const std::string &from : site.services)
      for (const std::string &to : *receivers)
        if (from != to)
          out.push_back({via, from, to, i});
  }
  return out;
}

std::string describeDependency(const graph::Model &model, const Dependency &d) {
  const std::string &target = model.sites[d.site].fact.target;
  switch (d.via) {
  case config::Via::Call:
    return d.from + " calls " + target + " (" + d.to + ")";
  case config::Via::Job:
    return d.from + " enqueues a job on '" + target + "', worked by " + d.to;
  case config::Via::Event:
    return d.from + " publishes '" + target + "', consumed by " + d.to;
  }
  return "";
}

} // namespace msglint::rules
