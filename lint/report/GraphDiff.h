// msglint diff: what a change does to the architecture, from two documents
// of `graph --format json` (docs/ci.md): nodes and edges added and removed,
// events and job queues renamed, chains that got longer, findings new and
// gone. Rendered as text, as markdown for a pull-request comment, or json.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace msglint::report {

struct DiffSite {
  std::string file;
  unsigned line = 0;
};

struct DiffNode {
  std::string kind, name; // service | endpoint | topic | queue
};

struct DiffEdge {
  std::string kind, from, to; // node ids, as in the graph
  std::vector<DiffSite> sites;
};

struct RenamedChannel {
  std::string kind, from, to; // topic | queue; old and new names
};

struct LongerChain {
  std::string service, entry;
  std::vector<std::string> basePath, headPath;
};

struct DiffFinding {
  std::string rule, severity, file, message;
  unsigned line = 0, column = 0;
};

struct GraphDiff {
  std::vector<DiffNode> addedNodes, removedNodes;
  std::vector<RenamedChannel> renamed;
  std::vector<DiffEdge> addedEdges, removedEdges;
  std::vector<LongerChain> longerChains;
  std::vector<DiffFinding> newFindings, goneFindings;

  bool empty() const;
};

// Reads one document; on error returns nullopt and sets `error` to
// "path: problem".
std::optional<nlohmann::json> readGraphDocument(const std::string &text, const std::string &path,
                                                std::string &error);
GraphDiff diffGraphs(const nlohmann::json &base, const nlohmann::json &head);

std::string diffText(const GraphDiff &diff);
// `linkBase`, when not empty, makes each file:line a link to
// linkBase + file + "#L" + line (a blob URL of the head revision).
std::string diffMarkdown(const GraphDiff &diff, const std::string &linkBase);
std::string diffJson(const GraphDiff &diff);

// --fail-on: the kinds of change that fail a CI run.
inline const std::vector<std::string> kDiffFailKinds = {
    "new-sync-edge", "new-edge", "removed-edge", "new-node",
    "removed-node",  "renamed",  "longer-chain", "new-finding"};
// The kinds of `failOn` that the diff shows.
std::vector<std::string> failingKinds(const GraphDiff &diff, const std::vector<std::string> &failOn);

} // namespace msglint::report
