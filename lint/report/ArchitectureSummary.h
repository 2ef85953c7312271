// The architecture summary (docs/graph-format.md#summary): per service, its
// direct calls out and in, jobs enqueued and worked, events published and
// consumed, the longest synchronous chain from its entry points, and its
// findings by rule. `graph --format summary` prints it as a table; the
// HTML page shows it under the graph.
#pragma once

#include "graph/Architecture.h"
#include "graph/Model.h"
#include "graph/SyncCalls.h"
#include "report/FindingMarks.h"
#include "rules/Finding.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace msglint::report {

struct ServiceSummary {
  std::string service;
  // Edges of the graph, so distinct targets: endpoints called, calls of
  // its endpoints by any service, queues, topics.
  size_t callsOut = 0, callsIn = 0;
  size_t jobsEnqueued = 0, jobsWorked = 0;
  size_t eventsPublished = 0, eventsConsumed = 0;
  // The services the longest synchronous chain from one of its entry
  // points crosses, this one first; just this one when it waits on none.
  std::vector<std::string> longestChain;
  std::string chainEntry; // the entry point's function, empty when it has none
  std::map<std::string, size_t> findings; // rule id -> findings in this service

  size_t chainDepth() const { return longestChain.empty() ? 0 : longestChain.size() - 1; }
};

// One row per service, by name.
std::vector<ServiceSummary> summarise(const graph::Model &model, graph::SyncCalls &sync,
                                      const graph::Architecture &arch,
                                      const std::vector<rules::Finding> &findings,
                                      const FindingMarks &marks);

// The table for the terminal, then the chains that cross a service.
std::string summaryTable(const std::vector<ServiceSummary> &rows);

nlohmann::ordered_json summaryJson(const std::vector<ServiceSummary> &rows);

} // namespace msglint::report
