// Which nodes and edges of the architecture graph each finding concerns,
// so that the pictures of the graph can mark them (docs/graph-format.md#findings).
#pragma once

#include "graph/Architecture.h"
#include "graph/Model.h"
#include "rules/Finding.h"

#include <map>
#include <string>
#include <vector>

namespace msglint::report {

struct FindingMarks {
  // The findings at each node, and at each edge of Architecture::edges:
  // their own location is there. Every picture marks these.
  std::map<std::string, std::vector<size_t>> nodes; // node id -> finding indices, ascending
  std::vector<std::vector<size_t>> edges;
  // Per edge, the findings that only a note points at (the hops of a
  // chain, the other calls of a cycle): the page shows them when the
  // finding is selected, so that a chain lights up end to end.
  std::vector<std::vector<size_t>> relatedEdges;

  const std::vector<size_t> &ofNode(const std::string &id) const;
};

// A finding is at:
// - every edge with a site at its location;
// - every endpoint implemented by a function there (a handler);
// - the service nodes owning the code there;
// - the topic or queue that all of its edges, its notes' included, touch
//   when they share one (an event nobody consumes, a queue worked by
//   several services).
// Edges with a site at one of its notes' locations are related to it.
FindingMarks markFindings(const graph::Model &model, const graph::Architecture &arch,
                          const std::vector<rules::Finding> &findings);

} // namespace msglint::report
