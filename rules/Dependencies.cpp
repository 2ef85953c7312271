#include "rules/Dependencies.h"

namespace msglint::rules {

std::vector<Dependency> serviceDependencies(const graph::Model &model) {
  std::vector<Dependency> out;
  for (size_t i = 0; i < model.sites.size(); ++i) {
    const graph::Site &site = model.sites[i];
    const std::string &target = site.fact.target;
    if (target == "dynamic")
      continue;
    std::set<std::string> receivers;
    config::Via via;
    switch (site.fact.kind) {
    case facts::SiteKind::Call:
      via = config::Via::Call;
      receivers = {model.serviceOf(target)};
      break;
    case facts::SiteKind::Enqueue:
      via = config::Via::Job;
      if (auto it = model.queues.find(target); it != model.queues.end())
        receivers = it->second.consumerServices;
      break;
    case facts::SiteKind::Publish:
      via = config::Via::Event;
      if (auto it = model.topics.find(target); it != model.topics.end())
        receivers = it->second.consumerServices;
      break;
    default:
      continue; // subscribe and work sites receive; the producer's site is the edge
    }
    for (const std::string &from : site.services)
      for (const std::string &to : receivers)
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
