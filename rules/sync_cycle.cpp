// sync-cycle: services that call each other synchronously in a cycle
// (docs/rules/sync-cycle.md). One finding per strongly connected group of
// services, showing one shortest cycle through its first service.
#include "rules/RuleFunctions.h"

#include <deque>
#include <functional>

namespace msglint::rules {
namespace {

using Graph = std::map<std::string, std::map<std::string, size_t>>;

std::vector<std::set<std::string>> components(const Graph &graph) {
  std::map<std::string, int> index, low;
  std::vector<std::string> stack;
  std::set<std::string> onStack;
  std::vector<std::set<std::string>> out;
  int counter = 0;
  std::function<void(const std::string &)> visit = [&](const std::string &v) {
    index[v] = low[v] = counter++;
    stack.push_back(v);
    onStack.insert(v);
    if (auto it = graph.find(v); it != graph.end())
      for (const auto &[w, site] : it->second) {
        if (!index.count(w)) {
          visit(w);
          low[v] = std::min(low[v], low[w]);
        } else if (onStack.count(w)) {
          low[v] = std::min(low[v], index[w]);
        }
      }
    if (low[v] != index[v])
      return;
    std::set<std::string> component;
    std::string w;
    do {
      w = stack.back();
      stack.pop_back();
      onStack.erase(w);
      component.insert(w);
    } while (w != v);
    out.push_back(std::move(component));
  };
  for (const auto &[v, edges] : graph)
    if (!index.count(v))
      visit(v);
  return out;
}

// Shortest path start -> ... -> start inside the component.
std::vector<std::string> shortestCycle(const Graph &graph, const std::set<std::string> &members,
                                       const std::string &start) {
  std::map<std::string, std::string> previous;
  std::deque<std::string> pending{start};
  std::set<std::string> seen;
  while (!pending.empty()) {
    std::string v = pending.front();
    pending.pop_front();
    for (const auto &[w, site] : graph.at(v)) {
      if (!members.count(w))
        continue;
      if (w == start) {
        std::vector<std::string> cycle{v};
        while (cycle.back() != start)
          cycle.push_back(previous.at(cycle.back()));
        return {cycle.rbegin(), cycle.rend()};
      }
      if (seen.insert(w).second) {
        previous[w] = v;
        pending.push_back(w);
      }
    }
  }
  return {};
}

} // namespace

void runSyncCycle(RuleContext &ctx, std::vector<Finding> &out) {
  Graph graph = ctx.sync.serviceCalls();
  for (const std::set<std::string> &members : components(graph)) {
    const std::string &start = *members.begin();
    bool selfCall = graph.count(start) && graph.at(start).count(start);
    if (members.size() < 2 && !selfCall)
      continue;
    std::vector<std::string> cycle = shortestCycle(graph, members, start);
    std::string path;
    for (const std::string &service : cycle)
      path += service + " -> ";
    path += start;
    size_t first = graph.at(cycle[0]).at(cycle.size() > 1 ? cycle[1] : start);
    Finding f = ctx.finding(
        ctx.model.sites[first].fact.loc,
        cycle.size() == 1
            ? "service " + start + " calls itself synchronously; a request can end up waiting "
                                   "on itself: do the work in-process, or hand it to a job"
            : "services call each other synchronously in a cycle: " + path +
                  "; a request can end up waiting on itself and failures travel round the "
                  "loop: break it with a job or an event");
    for (size_t i = 0; i < cycle.size(); ++i) {
      const std::string &to = cycle[(i + 1) % cycle.size()];
      const graph::Site &site = ctx.model.sites[graph.at(cycle[i]).at(to)];
      f.notes.push_back({site.fact.loc, cycle[i] + " calls " + to + ": '" + site.functionName() +
                                            "' calls " + site.fact.target});
    }
    out.push_back(std::move(f));
  }
}

} // namespace msglint::rules
