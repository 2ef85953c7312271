// The synchronous-call view of the model: what each function waits on,
// directly or through its helpers, and how calls chain across services
// through endpoints. Shared by the sync-* rules and the reports.
#pragma once

#include "graph/Model.h"

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace msglint::graph {

// One synchronous hop: the call site and the endpoint it calls.
struct Hop {
  size_t site;
  std::string endpoint;
};

class SyncCalls {
public:
  explicit SyncCalls(const Model &model);

  // Endpoints a function calls, itself or through the functions it calls,
  // each with the first site (in source order) that calls it.
  const std::map<std::string, size_t> &reach(const std::string &usr) const;
  // The calls that block the calling thread: blocking sites of the
  // function and of what it calls (not only references), not entering
  // other entry points (a dispatch loop hands requests to handlers).
  const std::map<std::string, size_t> &blockingReach(const std::string &usr) const;

  // The longest chain starting in function `usr`.
  std::vector<Hop> chainOf(const std::string &usr);
  // Every service `usr` waits on, directly or transitively, with the hop
  // that first reaches it.
  std::map<std::string, Hop> servicesWaitedOn(const std::string &usr);
  // Service -> called service -> first site: the service-level call graph
  // (services implemented in the scanned code only).
  std::map<std::string, std::map<std::string, size_t>> serviceCalls() const;

  // Functions where work starts: handlers of endpoints, consumers of
  // topics, workers of queues; in USR order.
  std::vector<std::string> entryPoints() const;

  const Model &model;

private:
  struct Reach {
    std::map<std::string, size_t> all, blocking;
  };
  void computeReach();
  const Reach *findReach(const std::string &usr) const;
  const std::map<std::string, size_t> &calledBy(const std::string &endpoint);

  // USR (a key of model.functions) -> index into reaches.
  std::unordered_map<std::string_view, int> reachIndex;
  std::vector<Reach> reaches;
  std::map<std::string, std::map<std::string, size_t>> endpointCalls;
  // The longest chain from `endpoint` that avoids the endpoints already
  // on the current path; `cut` tells whether that restriction mattered.
  std::vector<Hop> longestFrom(const std::string &endpoint, bool &cut);

  std::map<std::string, std::vector<Hop>> chains; // only uncut results
  std::set<std::string> onPath;
  size_t chainSteps = 0;
};

} // namespace msglint::graph
