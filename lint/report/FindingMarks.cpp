#include "report/FindingMarks.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace msglint::report {
namespace {

using Position = std::tuple<std::string, unsigned, unsigned>;

Position position(const facts::Location &loc) { return {loc.file, loc.line, loc.col}; }
Position position(const graph::GraphSite &site) { return {site.file, site.line, site.col}; }

bool isChannel(const std::string &id) {
  return id.rfind("topic:", 0) == 0 || id.rfind("queue:", 0) == 0;
}

// Where things are, so that a finding's locations find them.
struct Index {
  std::map<Position, std::set<size_t>> edges;          // edge indices with a site there
  std::map<Position, std::set<std::string>> endpoints; // endpoint node ids implemented there
  std::map<Position, std::set<std::string>> services;  // owners of the code there

  Index(const graph::Model &model, const graph::Architecture &arch) {
    for (size_t i = 0; i < arch.edges.size(); ++i)
      for (const graph::GraphSite &site : arch.edges[i].sites)
        edges[position(site)].insert(i);
    for (const graph::Node &node : arch.nodes)
      for (const graph::GraphSite &site : node.implementedBy)
        endpoints[position(site)].insert(node.id);
    for (const graph::Site &site : model.sites)
      services[position(site.fact.loc)].insert(site.services.begin(), site.services.end());
    for (const auto &[usr, fn] : model.functions)
      services[position(fn.loc)].insert(fn.services.begin(), fn.services.end());
  }

  template <typename T>
  const std::set<T> &at(const std::map<Position, std::set<T>> &map, const Position &p) const {
    static const std::set<T> none;
    auto it = map.find(p);
    return it == map.end() ? none : it->second;
  }
};

} // namespace

const std::vector<size_t> &FindingMarks::ofNode(const std::string &id) const {
  static const std::vector<size_t> none;
  auto it = nodes.find(id);
  return it == nodes.end() ? none : it->second;
}

FindingMarks markFindings(const graph::Model &model, const graph::Architecture &arch,
                          const std::vector<rules::Finding> &findings) {
  Index index(model, arch);
  std::set<std::string> nodeIds;
  for (const graph::Node &node : arch.nodes)
    nodeIds.insert(node.id);

  FindingMarks marks;
  marks.edges.resize(arch.edges.size());
  marks.relatedEdges.resize(arch.edges.size());
  for (size_t f = 0; f < findings.size(); ++f) {
    const rules::Finding &finding = findings[f];
    const Position at = position(finding.loc);
    std::set<std::string> nodes;
    for (const std::string &service : index.at(index.services, at))
      nodes.insert("service:" + service);
    const std::set<std::string> &handlers = index.at(index.endpoints, at);
    nodes.insert(handlers.begin(), handlers.end());

    const std::set<size_t> &own = index.at(index.edges, at);
    std::set<size_t> all = own;
    for (const rules::Note &note : finding.notes) {
      const std::set<size_t> &here = index.at(index.edges, position(note.loc));
      all.insert(here.begin(), here.end());
    }

    // The channels every edge of the finding touches.
    std::set<std::string> shared;
    for (auto it = all.begin(); it != all.end(); ++it) {
      const graph::Edge &edge = arch.edges[*it];
      std::set<std::string> ends;
      for (const std::string *end : {&edge.from, &edge.to})
        if (isChannel(*end) && (it == all.begin() || shared.count(*end)))
          ends.insert(*end);
      shared = std::move(ends);
    }
    nodes.insert(shared.begin(), shared.end());

    for (size_t e : all)
      (own.count(e) ? marks.edges : marks.relatedEdges)[e].push_back(f);
    for (const std::string &id : nodes)
      if (nodeIds.count(id))
        marks.nodes[id].push_back(f);
  }
  return marks;
}

} // namespace msglint::report
