#include "graph/SyncCalls.h"

#include <algorithm>
#include <functional>

namespace msglint::graph {
namespace {

void mergeFirst(std::map<std::string, size_t> &into, const std::map<std::string, size_t> &from) {
  for (const auto &[target, site] : from) {
    auto [it, inserted] = into.try_emplace(target, site);
    if (!inserted)
      it->second = std::min(it->second, site);
  }
}

const std::map<std::string, size_t> kNone;

} // namespace

SyncCalls::SyncCalls(const Model &model) : model(model) { computeReach(); }

// Tarjan's strongly connected components over the function call graph:
// functions that call each other recursively share one reach set, and
// each component is finished before any component that calls it.
void SyncCalls::computeReach() {
  std::vector<std::string> usrs;
  for (const auto &[usr, fn] : model.functions)
    usrs.push_back(usr);
  std::map<std::string, int> index, low;
  std::vector<std::string> stack;
  std::set<std::string> onStack;
  int counter = 0;

  std::function<void(const std::string &)> visit = [&](const std::string &usr) {
    index[usr] = low[usr] = counter++;
    stack.push_back(usr);
    onStack.insert(usr);
    const Function &fn = model.functions.at(usr);
    for (const facts::Callee &c : fn.callees) {
      if (!model.functions.count(c.usr))
        continue;
      if (!index.count(c.usr)) {
        visit(c.usr);
        low[usr] = std::min(low[usr], low[c.usr]);
      } else if (onStack.count(c.usr)) {
        low[usr] = std::min(low[usr], index[c.usr]);
      }
    }
    if (low[usr] != index[usr])
      return;
    std::vector<std::string> component;
    do {
      component.push_back(stack.back());
      onStack.erase(stack.back());
      stack.pop_back();
    } while (component.back() != usr);
    Reach reach;
    for (const std::string &member : component) {
      const Function &f = model.functions.at(member);
      for (size_t siteIndex : f.sites) {
        const facts::Site &site = model.sites[siteIndex].fact;
        if (site.kind != facts::SiteKind::Call || site.target == "dynamic")
          continue;
        mergeFirst(reach.all, {{site.target, siteIndex}});
        if (site.blocking)
          mergeFirst(reach.blocking, {{site.target, siteIndex}});
      }
      for (const facts::Callee &c : f.callees)
        if (auto it = reachIndex.find(c.usr); it != reachIndex.end()) {
          mergeFirst(reach.all, reaches[it->second].all);
          // What blocks the caller: only what it calls itself, and not the
          // handlers of other requests it dispatches to.
          const Function *callee = model.function(c.usr);
          if (c.called && callee && callee->entries.empty())
            mergeFirst(reach.blocking, reaches[it->second].blocking);
        }
    }
    for (const std::string &member : component)
      reachIndex[member] = reaches.size();
    reaches.push_back(std::move(reach));
  };
  for (const std::string &usr : usrs)
    if (!index.count(usr))
      visit(usr);
}

const std::map<std::string, size_t> &SyncCalls::reach(const std::string &usr) const {
  auto it = reachIndex.find(usr);
  return it == reachIndex.end() ? kNone : reaches[it->second].all;
}

const std::map<std::string, size_t> &SyncCalls::blockingReach(const std::string &usr) const {
  auto it = reachIndex.find(usr);
  return it == reachIndex.end() ? kNone : reaches[it->second].blocking;
}

const std::map<std::string, size_t> &SyncCalls::calledBy(const std::string &endpoint) {
  auto [it, inserted] = endpointCalls.try_emplace(endpoint);
  if (inserted)
    if (auto ep = model.endpoints.find(endpoint); ep != model.endpoints.end())
      for (const std::string &implementer : ep->second.implementers)
        mergeFirst(it->second, reach(implementer));
  return it->second;
}

// Longest simple path in the endpoint graph. Outside cycles every result
// is memoised; inside one, a result that was cut short by the path it was
// reached on is not, so it is recomputed from each new path (bounded by
// kChainBudget steps, after which results are memoised regardless).
constexpr size_t kChainBudget = 200000;

std::vector<Hop> SyncCalls::longestFrom(const std::string &endpoint, bool &cut) {
  if (auto it = chains.find(endpoint); it != chains.end())
    return it->second;
  if (onPath.count(endpoint)) {
    cut = true; // a cycle: sync-cycle reports it, the chain stops here
    return {};
  }
  onPath.insert(endpoint);
  ++chainSteps;
  std::vector<Hop> best;
  bool anyCut = false;
  for (const auto &[target, site] : calledBy(endpoint)) {
    bool childCut = false;
    std::vector<Hop> candidate{{site, target}};
    std::vector<Hop> rest = longestFrom(target, childCut);
    anyCut = anyCut || childCut;
    candidate.insert(candidate.end(), rest.begin(), rest.end());
    if (candidate.size() > best.size())
      best = std::move(candidate);
  }
  onPath.erase(endpoint);
  if (!anyCut || chainSteps > kChainBudget)
    chains[endpoint] = best;
  cut = cut || anyCut;
  return best;
}

std::vector<Hop> SyncCalls::chainOf(const std::string &usr) {
  // The entry's own endpoints are on the path from the start, so a chain
  // that comes back to them stops there.
  std::vector<std::string> own;
  if (const Function *fn = model.function(usr))
    for (const facts::Entry &e : fn->entries)
      if (e.kind == facts::SiteKind::Call && onPath.insert(e.target).second)
        own.push_back(e.target);
  std::vector<Hop> best;
  for (const auto &[target, site] : reach(usr)) {
    bool cut = false;
    std::vector<Hop> candidate{{site, target}};
    std::vector<Hop> rest = longestFrom(target, cut);
    candidate.insert(candidate.end(), rest.begin(), rest.end());
    if (candidate.size() > best.size())
      best = std::move(candidate);
  }
  for (const std::string &e : own)
    onPath.erase(e);
  return best;
}

std::map<std::string, Hop> SyncCalls::servicesWaitedOn(const std::string &usr) {
  std::map<std::string, Hop> out;
  std::vector<Hop> pending;
  for (const auto &[target, site] : reach(usr))
    pending.push_back({site, target});
  std::set<std::string> seen;
  // Breadth first, so each service is credited to its nearest hop.
  for (size_t i = 0; i < pending.size(); ++i) {
    Hop hop = pending[i];
    if (!seen.insert(hop.endpoint).second)
      continue;
    out.try_emplace(model.serviceOf(hop.endpoint), hop);
    for (const auto &[target, site] : calledBy(hop.endpoint))
      pending.push_back({site, target});
  }
  return out;
}

std::map<std::string, std::map<std::string, size_t>> SyncCalls::serviceCalls() const {
  std::map<std::string, std::map<std::string, size_t>> out;
  for (size_t i = 0; i < model.sites.size(); ++i) {
    const Site &site = model.sites[i];
    if (site.fact.kind != facts::SiteKind::Call)
      continue;
    auto ep = model.endpoints.find(site.fact.target);
    if (ep == model.endpoints.end())
      continue;
    for (const std::string &from : site.services)
      for (const std::string &to : ep->second.services)
        out[from].try_emplace(to, i);
  }
  return out;
}

std::vector<std::string> SyncCalls::entryPoints() const {
  std::vector<std::string> out;
  for (const auto &[usr, fn] : model.functions)
    if (!fn.entries.empty())
      out.push_back(usr); // handlers, consumers and workers alike
  return out;
}

} // namespace msglint::graph
