#include "graph/Architecture.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace msglint::graph {
namespace {

GraphSite graphSite(const Location &loc, const std::string &function) {
  return {loc.file, loc.line, loc.col, function};
}

} // namespace

Architecture buildArchitecture(const Model &model) {
  Architecture arch;
  for (const std::string &service : model.services)
    arch.nodes.push_back({"service:" + service, "service", service, std::nullopt, {}});
  for (const auto &[id, endpoint] : model.endpoints) {
    Node node{"endpoint:" + id, "endpoint", id, std::nullopt, {}};
    if (!endpoint.services.empty())
      node.service = *endpoint.services.begin();
    for (const std::string &usr : endpoint.implementers)
      if (const Function *fn = model.function(usr))
        node.implementedBy.push_back(graphSite(fn->loc, fn->name));
    std::sort(node.implementedBy.begin(), node.implementedBy.end(),
              [](const GraphSite &a, const GraphSite &b) {
                return std::tie(a.file, a.line, a.col) < std::tie(b.file, b.line, b.col);
              });
    arch.nodes.push_back(std::move(node));
  }
  for (const auto &[name, topic] : model.topics)
    arch.nodes.push_back({"topic:" + name, "topic", name, std::nullopt, {}});
  for (const auto &[name, queue] : model.queues)
    arch.nodes.push_back({"queue:" + name, "queue", name, std::nullopt, {}});

  // (kind, from, to) -> sites, in the model's site order (by location).
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<GraphSite>> edges;
  // Edges follow the messages: a service calls an endpoint, publishes to a
  // topic, enqueues on a queue; a topic reaches its subscribers, a queue
  // its workers.
  for (const Site &site : model.sites) {
    if (site.fact.target == "dynamic")
      continue;
    for (const std::string &service : site.services) {
      std::string self = "service:" + service;
      const std::string &name = site.fact.target;
      std::tuple<std::string, std::string, std::string> key;
      switch (site.fact.kind) {
      case facts::SiteKind::Call:
        key = {"call", self, "endpoint:" + name};
        break;
      case facts::SiteKind::Publish:
        key = {"publish", self, "topic:" + name};
        break;
      case facts::SiteKind::Subscribe:
        key = {"subscribe", "topic:" + name, self};
        break;
      case facts::SiteKind::Enqueue:
        key = {"enqueue", self, "queue:" + name};
        break;
      case facts::SiteKind::Work:
        key = {"work", "queue:" + name, self};
        break;
      }
      edges[key].push_back(graphSite(site.fact.loc, site.functionName()));
    }
  }
  for (auto &[key, sites] : edges) {
    auto &[kind, from, to] = key;
    arch.edges.push_back({kind, from, to, std::move(sites)});
  }
  std::sort(arch.edges.begin(), arch.edges.end(), [](const Edge &a, const Edge &b) {
    return std::tie(a.from, a.to, a.kind) < std::tie(b.from, b.to, b.kind);
  });
  return arch;
}

} // namespace msglint::graph
