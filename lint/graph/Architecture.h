// The architecture graph as users see it (docs/graph-format.md): services,
// endpoints, topics, queues, and the edges between them with their sites.
// Every graph output format renders this one structure.
#pragma once

#include "graph/Model.h"

#include <optional>
#include <string>
#include <vector>

namespace msglint::graph {

struct GraphSite {
  std::string file;
  unsigned line = 0;
  unsigned col = 0;
  std::string function;
};

struct Node {
  std::string id;   // "service:checkout", "endpoint:billing.Billing/Charge"
  std::string kind; // service | endpoint | topic | queue
  std::string name;
  std::optional<std::string> service; // endpoints: who implements it
  std::vector<GraphSite> implementedBy; // endpoints: the handler functions
};

struct Edge {
  std::string kind; // call | publish | subscribe | enqueue | work
  std::string from, to;
  std::vector<GraphSite> sites;
};

struct Architecture {
  std::vector<Node> nodes; // services first, then by id
  std::vector<Edge> edges; // by (from, to, kind)
};

Architecture buildArchitecture(const Model &model);

} // namespace msglint::graph
