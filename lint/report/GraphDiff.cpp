#include "report/GraphDiff.h"

#include "facts/JsonInteger.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace msglint::report {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

std::string nameOf(const std::string &id) { return id.substr(id.find(':') + 1); }
std::string kindOf(const std::string &id) { return id.substr(0, id.find(':')); }

struct Group {
  const char *kind;  // node kind or edge kind
  const char *title; // markdown heading
  const char *one;   // text label of one item
};

const std::vector<Group> kNodeGroups = {{"service", "Services", "service"},
                                        {"endpoint", "Endpoints", "endpoint"},
                                        {"topic", "Events", "event"},
                                        {"queue", "Job queues", "job queue"}};
const std::vector<Group> kEdgeGroups = {{"call", "Direct calls", "direct call"},
                                        {"enqueue", "Jobs enqueued", "job enqueued"},
                                        {"work", "Job workers", "job worker"},
                                        {"publish", "Publishers", "publisher"},
                                        {"subscribe", "Consumers", "consumer"}};

using EdgeKey = std::tuple<std::string, std::string, std::string>; // kind, from, to

std::map<EdgeKey, DiffEdge> edgesOf(const json &doc) {
  std::map<EdgeKey, DiffEdge> out;
  for (const json &e : doc.at("edges")) {
    DiffEdge edge{e.at("kind").get<std::string>(), e.at("from").get<std::string>(),
                  e.at("to").get<std::string>(), {}};
    for (const json &s : e.at("sites"))
      edge.sites.push_back({s.at("file").get<std::string>(), facts::integerFrom<unsigned>(s.at("line"))});
    out[{edge.kind, edge.from, edge.to}] = std::move(edge);
  }
  return out;
}

std::map<std::string, DiffNode> nodesOf(const json &doc) {
  std::map<std::string, DiffNode> out;
  for (const json &n : doc.at("nodes"))
    out[n.at("id").get<std::string>()] = {n.at("kind").get<std::string>(),
                                          n.at("name").get<std::string>()};
  return out;
}

// Who produces a channel (edge kind, service), or, when nobody does, who
// consumes it. A channel that disappears while one with the same producers
// appears was renamed; its consumers may change in the same change.
std::set<std::pair<std::string, std::string>> touching(const std::map<EdgeKey, DiffEdge> &edges,
                                                       const std::string &channel) {
  std::set<std::pair<std::string, std::string>> producers, consumers;
  for (const auto &[key, edge] : edges) {
    if (edge.to == channel)
      producers.insert({edge.kind, edge.from});
    if (edge.from == channel)
      consumers.insert({edge.kind, edge.to});
  }
  return producers.empty() ? consumers : producers;
}

std::vector<DiffFinding> findingsOf(const json &doc, std::multiset<std::string> &keys,
                                    std::vector<std::string> &order) {
  std::vector<DiffFinding> out;
  for (const json &f : doc.at("findings")) {
    out.push_back({f.at("rule").get<std::string>(), f.at("severity").get<std::string>(),
                   f.at("file").get<std::string>(), f.at("message").get<std::string>(),
                   facts::integerFrom<unsigned>(f.at("line")), facts::integerFrom<unsigned>(f.at("column"))});
    std::string key = out.back().rule + "\n" + f.at("fingerprint").get<std::string>();
    keys.insert(key);
    order.push_back(key);
  }
  return out;
}

// The findings of `side` whose (rule, fingerprint) the other side has
// fewer of: as many as the difference, the first ones.
std::vector<DiffFinding> unmatched(const std::vector<DiffFinding> &side,
                                   const std::vector<std::string> &keys,
                                   std::multiset<std::string> other) {
  std::vector<DiffFinding> out;
  for (size_t i = 0; i < side.size(); ++i) {
    auto it = other.find(keys[i]);
    if (it != other.end())
      other.erase(it);
    else
      out.push_back(side[i]);
  }
  return out;
}

std::string sitesText(const std::vector<DiffSite> &sites) {
  std::string out;
  for (const DiffSite &s : sites)
    out += (out.empty() ? " at " : ", ") + s.file + ":" + std::to_string(s.line);
  return out;
}

std::string edgeText(const DiffEdge &e) { return nameOf(e.from) + " -> " + nameOf(e.to); }

std::string path(const std::vector<std::string> &services) {
  std::string out;
  for (const std::string &s : services)
    out += (out.empty() ? "" : " -> ") + s;
  return out;
}

std::string findingText(const DiffFinding &f) {
  return f.file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + ": " +
         f.severity + ": " + f.message + " [" + f.rule + "]";
}

const Group &groupOf(const std::vector<Group> &groups, const std::string &kind) {
  for (const Group &g : groups)
    if (kind == g.kind)
      return g;
  return groups.front();
}

// Inline code, whatever the name holds.
std::string code(const std::string &text) {
  std::string fence = text.find('`') == std::string::npos ? "`" : "``";
  return fence + (fence.size() > 1 ? " " + text + " " : text) + fence;
}

std::string siteLinks(const std::vector<DiffSite> &sites, const std::string &linkBase) {
  std::string out;
  for (const DiffSite &s : sites) {
    std::string where = s.file + ":" + std::to_string(s.line);
    std::string one = linkBase.empty()
                          ? code(where)
                          : "[" + where + "](" + linkBase + s.file + "#L" + std::to_string(s.line) + ")";
    out += (out.empty() ? " at " : ", ") + one;
  }
  return out;
}

ordered_json edgeJson(const DiffEdge &e) {
  ordered_json sites = ordered_json::array();
  for (const DiffSite &s : e.sites)
    sites.push_back({{"file", s.file}, {"line", s.line}});
  return {{"kind", e.kind}, {"from", e.from}, {"to", e.to}, {"sites", sites}};
}

ordered_json findingJson(const DiffFinding &f) {
  return {{"rule", f.rule},       {"severity", f.severity}, {"file", f.file},
          {"line", f.line},       {"column", f.column},     {"message", f.message}};
}

} // namespace

bool GraphDiff::empty() const {
  return addedNodes.empty() && removedNodes.empty() && renamed.empty() && addedEdges.empty() &&
         removedEdges.empty() && longerChains.empty() && newFindings.empty() &&
         goneFindings.empty();
}

std::optional<json> readGraphDocument(const std::string &text, const std::string &path,
                                      std::string &error) {
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    error = path + ": not JSON";
    return std::nullopt;
  }
  if (!doc.is_object() || doc.value("format", "") != "msglint-graph") {
    error = path + ": not a msglint graph (the output of `msglint graph --format json`)";
    return std::nullopt;
  }
  if (doc.value("version", json()) != 1) {
    error = path + ": graph format version " + doc.value("version", json()).dump() +
            ", this msglint reads version 1";
    return std::nullopt;
  }
  for (const char *key : {"nodes", "edges", "chains", "findings"})
    if (!doc.contains(key) || !doc[key].is_array()) {
      error = path + ": '" + key + "' is missing (written by an older msglint? write the graph "
                                   "again with this one)";
      return std::nullopt;
    }
  try {
    // Read everything once, so a malformed document fails here.
    diffGraphs(doc, doc);
  } catch (const json::exception &e) {
    error = path + ": malformed graph: " + e.what();
    return std::nullopt;
  }
  return doc;
}

GraphDiff diffGraphs(const json &base, const json &head) {
  GraphDiff diff;
  auto baseNodes = nodesOf(base), headNodes = nodesOf(head);
  auto baseEdges = edgesOf(base), headEdges = edgesOf(head);

  std::vector<std::string> removed, added;
  for (const auto &[id, node] : baseNodes)
    if (!headNodes.count(id))
      removed.push_back(id);
  for (const auto &[id, node] : headNodes)
    if (!baseNodes.count(id))
      added.push_back(id);

  // Renames: a channel gone and one new of the same kind, produced by the
  // same services (see touching()).
  std::map<std::string, std::string> renamedTo; // base id -> head id
  std::set<std::string> renamedFrom;            // head ids
  for (const std::string &old : removed) {
    std::string kind = kindOf(old);
    if (kind != "topic" && kind != "queue")
      continue;
    auto before = touching(baseEdges, old);
    if (before.empty())
      continue;
    for (const std::string &now : added)
      if (kindOf(now) == kind && !renamedFrom.count(now) && touching(headEdges, now) == before) {
        renamedTo[old] = now;
        renamedFrom.insert(now);
        diff.renamed.push_back({kind, nameOf(old), nameOf(now)});
        break;
      }
  }
  for (const std::string &id : removed)
    if (!renamedTo.count(id))
      diff.removedNodes.push_back(baseNodes[id]);
  for (const std::string &id : added)
    if (!renamedFrom.count(id))
      diff.addedNodes.push_back(headNodes[id]);

  // An edge of a renamed channel is the same edge under its new name.
  auto renamedKey = [&](const EdgeKey &key) {
    auto [kind, from, to] = key;
    if (auto it = renamedTo.find(from); it != renamedTo.end())
      from = it->second;
    if (auto it = renamedTo.find(to); it != renamedTo.end())
      to = it->second;
    return EdgeKey{kind, from, to};
  };
  std::set<EdgeKey> baseKeys;
  for (const auto &[key, edge] : baseEdges) {
    baseKeys.insert(renamedKey(key));
    if (!headEdges.count(renamedKey(key)))
      diff.removedEdges.push_back(edge);
  }
  for (const auto &[key, edge] : headEdges)
    if (!baseKeys.count(key))
      diff.addedEdges.push_back(edge);

  std::map<std::string, const json *> baseChains;
  for (const json &c : base.at("chains"))
    baseChains[c.at("service").get<std::string>()] = &c;
  for (const json &c : head.at("chains")) {
    std::string service = c.at("service").get<std::string>();
    auto headPath = c.at("path").get<std::vector<std::string>>();
    std::vector<std::string> basePath{service};
    if (auto it = baseChains.find(service); it != baseChains.end())
      basePath = it->second->at("path").get<std::vector<std::string>>();
    else if (!baseNodes.count("service:" + service))
      continue; // a new service: its chain is new, not longer
    if (headPath.size() > basePath.size())
      diff.longerChains.push_back(
          {service, c.at("entry").get<std::string>(), basePath, headPath});
  }

  std::multiset<std::string> baseKeysF, headKeysF;
  std::vector<std::string> baseOrder, headOrder;
  auto baseFindings = findingsOf(base, baseKeysF, baseOrder);
  auto headFindings = findingsOf(head, headKeysF, headOrder);
  diff.newFindings = unmatched(headFindings, headOrder, baseKeysF);
  diff.goneFindings = unmatched(baseFindings, baseOrder, headKeysF);
  return diff;
}

std::string diffText(const GraphDiff &diff) {
  if (diff.empty())
    return "no change to the architecture\n";
  std::string out;
  for (const Group &g : kNodeGroups) {
    for (const DiffNode &n : diff.addedNodes)
      if (n.kind == g.kind)
        out += "+ " + std::string(g.one) + " " + n.name + "\n";
    for (const DiffNode &n : diff.removedNodes)
      if (n.kind == g.kind)
        out += "- " + std::string(g.one) + " " + n.name + "\n";
  }
  for (const RenamedChannel &r : diff.renamed)
    out += "~ " + std::string(groupOf(kNodeGroups, r.kind).one) + " " + r.from + " renamed to " +
           r.to + "\n";
  for (const Group &g : kEdgeGroups) {
    for (const DiffEdge &e : diff.addedEdges)
      if (e.kind == g.kind)
        out += "+ " + std::string(g.one) + ": " + edgeText(e) + sitesText(e.sites) + "\n";
    for (const DiffEdge &e : diff.removedEdges)
      if (e.kind == g.kind)
        out += "- " + std::string(g.one) + ": " + edgeText(e) + sitesText(e.sites) + "\n";
  }
  for (const LongerChain &c : diff.longerChains)
    out += "> longer chain of " + c.service + ": " + path(c.basePath) + " is now " +
           path(c.headPath) + " (from '" + c.entry + "')\n";
  for (const DiffFinding &f : diff.newFindings)
    out += "+ finding: " + findingText(f) + "\n";
  for (const DiffFinding &f : diff.goneFindings)
    out += "- finding: " + findingText(f) + "\n";
  return out;
}

std::string diffMarkdown(const GraphDiff &diff, const std::string &linkBase) {
  std::string out = "### msglint: what this change does to the architecture\n\n";
  if (diff.empty())
    return out + "No change to the architecture.\n";
  for (const Group &g : kNodeGroups) {
    std::string items;
    for (const DiffNode &n : diff.addedNodes)
      if (n.kind == g.kind)
        items += "- added " + code(n.name) + "\n";
    for (const DiffNode &n : diff.removedNodes)
      if (n.kind == g.kind)
        items += "- removed " + code(n.name) + "\n";
    for (const RenamedChannel &r : diff.renamed)
      if (r.kind == g.kind)
        items += "- renamed " + code(r.from) + " to " + code(r.to) + "\n";
    if (!items.empty())
      out += "**" + std::string(g.title) + "**\n\n" + items + "\n";
  }
  for (const Group &g : kEdgeGroups) {
    std::string items;
    for (const DiffEdge &e : diff.addedEdges)
      if (e.kind == g.kind)
        items += "- added " + code(nameOf(e.from)) + " → " + code(nameOf(e.to)) +
                 siteLinks(e.sites, linkBase) + "\n";
    for (const DiffEdge &e : diff.removedEdges)
      if (e.kind == g.kind)
        items += "- removed " + code(nameOf(e.from)) + " → " + code(nameOf(e.to)) +
                 siteLinks(e.sites, linkBase) + "\n";
    if (!items.empty())
      out += "**" + std::string(g.title) + "**\n\n" + items + "\n";
  }
  if (!diff.longerChains.empty()) {
    out += "**Longer synchronous chains**\n\n";
    for (const LongerChain &c : diff.longerChains)
      out += "- " + code(c.service) + ": " + code(path(c.basePath)) + " is now " +
             code(path(c.headPath)) + " (from " + code(c.entry) + ")\n";
    out += "\n";
  }
  auto findings = [&](const char *title, const std::vector<DiffFinding> &list) {
    if (list.empty())
      return;
    out += "**" + std::string(title) + "**\n\n";
    for (const DiffFinding &f : list)
      out += "- " + f.severity + " " + code(f.rule) + siteLinks({{f.file, f.line}}, linkBase) +
             ": " + f.message + "\n";
    out += "\n";
  };
  findings("New findings", diff.newFindings);
  findings("Findings gone", diff.goneFindings);
  return out;
}

std::string diffJson(const GraphDiff &diff) {
  auto nodes = [](const std::vector<DiffNode> &list) {
    ordered_json out = ordered_json::array();
    for (const DiffNode &n : list)
      out.push_back({{"kind", n.kind}, {"name", n.name}});
    return out;
  };
  auto edges = [](const std::vector<DiffEdge> &list) {
    ordered_json out = ordered_json::array();
    for (const DiffEdge &e : list)
      out.push_back(edgeJson(e));
    return out;
  };
  auto findings = [](const std::vector<DiffFinding> &list) {
    ordered_json out = ordered_json::array();
    for (const DiffFinding &f : list)
      out.push_back(findingJson(f));
    return out;
  };
  ordered_json renamed = ordered_json::array();
  for (const RenamedChannel &r : diff.renamed)
    renamed.push_back({{"kind", r.kind}, {"from", r.from}, {"to", r.to}});
  ordered_json chains = ordered_json::array();
  for (const LongerChain &c : diff.longerChains)
    chains.push_back(
        {{"service", c.service}, {"entry", c.entry}, {"base", c.basePath}, {"head", c.headPath}});
  ordered_json doc = {{"format", "msglint-diff"},
                      {"version", 1},
                      {"added", {{"nodes", nodes(diff.addedNodes)}, {"edges", edges(diff.addedEdges)}}},
                      {"removed",
                       {{"nodes", nodes(diff.removedNodes)}, {"edges", edges(diff.removedEdges)}}},
                      {"renamed", renamed},
                      {"longerChains", chains},
                      {"newFindings", findings(diff.newFindings)},
                      {"goneFindings", findings(diff.goneFindings)}};
  return doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

std::vector<std::string> failingKinds(const GraphDiff &diff,
                                      const std::vector<std::string> &failOn) {
  auto has = [&](const std::string &kind) {
    if (kind == "new-sync-edge")
      return std::any_of(diff.addedEdges.begin(), diff.addedEdges.end(),
                         [](const DiffEdge &e) { return e.kind == "call"; });
    if (kind == "new-edge")
      return !diff.addedEdges.empty();
    if (kind == "removed-edge")
      return !diff.removedEdges.empty();
    if (kind == "new-node")
      return !diff.addedNodes.empty();
    if (kind == "removed-node")
      return !diff.removedNodes.empty();
    if (kind == "renamed")
      return !diff.renamed.empty();
    if (kind == "longer-chain")
      return !diff.longerChains.empty();
    if (kind == "new-finding")
      return !diff.newFindings.empty();
    return false;
  };
  std::vector<std::string> out;
  for (const std::string &kind : failOn)
    if (has(kind))
      out.push_back(kind);
  return out;
}

} // namespace msglint::report
