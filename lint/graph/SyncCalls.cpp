#include "graph/SyncCalls.h"

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>

namespace msglint::graph {
namespace {

// Keeps the first site (the lowest index: sites are in source order).
void mergeFirst(std::map<std::string, size_t> &into, const std::string &target, size_t site) {
  auto [it, inserted] = into.try_emplace(target, site);
  if (!inserted)
    it->second = std::min(it->second, site);
}

void mergeFirst(std::map<std::string, size_t> &into, const std::map<std::string, size_t> &from) {
  for (const auto &[target, site] : from)
    mergeFirst(into, target, site);
}

const std::map<std::string, size_t> kNone;

// `first`, then the hops of `rest`: a chain one hop longer.
std::vector<Hop> prefixed(Hop first, std::vector<Hop> rest) {
  rest.insert(rest.begin(), std::move(first));
  return rest;
}

} // namespace

SyncCalls::SyncCalls(const Model &model) : model(model) { computeReach(); }

// Tarjan's strongly connected components over the function call graph:
// functions that call each other recursively share one reach set, and
// each component is finished before any component that calls it. Over
// positions in model.functions, not USRs, and without recursion (a long
// call chain must not exhaust the stack).
void SyncCalls::computeReach() {
  const size_t n = model.functions.size();
  std::vector<const Function *> functions;
  functions.reserve(n);
  std::unordered_map<std::string_view, int> position;
  position.reserve(n);
  for (const auto &[usr, fn] : model.functions) {
    position.emplace(usr, int(functions.size()));
    functions.push_back(&fn);
  }
  // The callees that are functions of the model, in the callees' order.
  struct Edge {
    int to;
    const facts::Callee *callee;
  };
  std::vector<std::vector<Edge>> edges(n);
  for (size_t v = 0; v < n; ++v)
    for (const facts::Callee &c : functions[v]->callees)
      if (auto it = position.find(c.usr); it != position.end())
        edges[v].push_back({it->second, &c});

  std::vector<int> index(n, -1), low(n, 0), reachOf(n, -1);
  std::vector<char> onStack(n, 0);
  std::vector<int> stack;
  struct Frame {
    int v;
    size_t next; // the next edge to follow
  };
  std::vector<Frame> frames;
  int counter = 0;
  auto enter = [&](int v) {
    index[v] = low[v] = counter++;
    stack.push_back(v);
    onStack[v] = 1;
    frames.push_back({v, 0});
  };
  auto finishComponent = [&](int root) {
    std::vector<int> component;
    do {
      component.push_back(stack.back());
      onStack[stack.back()] = 0;
      stack.pop_back();
    } while (component.back() != root);
    Reach reach;
    for (int member : component) {
      const Function &f = *functions[member];
      for (size_t siteIndex : f.sites) {
        const facts::Site &site = model.sites[siteIndex].fact;
        if (site.kind != facts::SiteKind::Call || site.target == "dynamic")
          continue;
        mergeFirst(reach.all, site.target, siteIndex);
        if (site.blocking)
          mergeFirst(reach.blocking, site.target, siteIndex);
      }
      // Callees in this component are not finished (reachOf -1): their
      // sites are the members' own, merged above.
      for (const Edge &e : edges[member])
        if (reachOf[e.to] >= 0) {
          const Reach &called = reaches[reachOf[e.to]];
          mergeFirst(reach.all, called.all);
          // What blocks the caller: only what it calls itself, and not the
          // handlers of other requests it dispatches to.
          if (e.callee->called && functions[e.to]->entries.empty())
            mergeFirst(reach.blocking, called.blocking);
        }
    }
    for (int member : component)
      reachOf[member] = int(reaches.size());
    reaches.push_back(std::move(reach));
  };
  for (size_t root = 0; root < n; ++root) {
    if (index[root] >= 0)
      continue;
    enter(int(root));
    while (!frames.empty()) {
      Frame &frame = frames.back();
      const int v = frame.v;
      if (frame.next < edges[v].size()) {
        int w = edges[v][frame.next++].to;
        if (index[w] < 0)
          enter(w); // `frame` is not used after this
        else if (onStack[w])
          low[v] = std::min(low[v], index[w]);
        continue;
      }
      frames.pop_back();
      if (!frames.empty())
        low[frames.back().v] = std::min(low[frames.back().v], low[v]);
      if (low[v] == index[v])
        finishComponent(v);
    }
  }
  // Each function's position becomes its reach: the same keys (views of
  // model.functions' own), hashed once.
  for (auto &[usr, v] : position)
    v = reachOf[v];
  reachIndex = std::move(position);
}

const SyncCalls::Reach *SyncCalls::findReach(const std::string &usr) const {
  auto it = reachIndex.find(usr);
  return it == reachIndex.end() ? nullptr : &reaches[it->second];
}

const std::map<std::string, size_t> &SyncCalls::reach(const std::string &usr) const {
  const Reach *reach = findReach(usr);
  return reach ? reach->all : kNone;
}

const std::map<std::string, size_t> &SyncCalls::blockingReach(const std::string &usr) const {
  const Reach *reach = findReach(usr);
  return reach ? reach->blocking : kNone;
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
    std::vector<Hop> rest = longestFrom(target, childCut);
    anyCut = anyCut || childCut;
    if (1 + rest.size() > best.size())
      best = prefixed({site, target}, std::move(rest));
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
    std::vector<Hop> rest = longestFrom(target, cut);
    if (1 + rest.size() > best.size())
      best = prefixed({site, target}, std::move(rest));
  }
  for (const std::string &e : own)
    onPath.erase(e);
  return best;
}

std::map<std::string, Hop> SyncCalls::servicesWaitedOn(const std::string &usr) {
  std::map<std::string, Hop> out;
  // Endpoints point at the keys of the reach and calledBy maps, which stay
  // put: no string is copied until a service is credited.
  std::vector<std::pair<size_t, const std::string *>> pending;
  for (const auto &[target, site] : reach(usr))
    pending.push_back({site, &target});
  std::set<std::string_view> seen;
  // Breadth first, so each service is credited to its nearest hop.
  for (size_t i = 0; i < pending.size(); ++i) {
    const auto [site, endpoint] = pending[i];
    if (!seen.insert(*endpoint).second)
      continue;
    std::string service = model.serviceOf(*endpoint);
    if (!out.count(service))
      out.emplace(std::move(service), Hop{site, *endpoint});
    for (const auto &[target, calledSite] : calledBy(*endpoint))
      pending.push_back({calledSite, &target});
  }
  return out;
}

std::map<std::string, std::map<std::string, size_t>> SyncCalls::serviceCalls() const {
  std::map<std::string, std::map<std::string, size_t>> out;
  // Consecutive sites mostly share their target and their service: each
  // lookup is done once per run of them.
  const Endpoint *endpoint = nullptr;
  const std::string *caller = nullptr;
  std::map<std::string, size_t> *callsOfCaller = nullptr;
  // The site before with the same callers and endpoint recorded its calls.
  const Endpoint *recordedEndpoint = nullptr;
  const std::set<std::string> *recordedCallers = nullptr;
  for (size_t i = 0; i < model.sites.size(); ++i) {
    const Site &site = model.sites[i];
    if (site.fact.kind != facts::SiteKind::Call)
      continue;
    if (!endpoint || endpoint->id != site.fact.target) {
      auto ep = model.endpoints.find(site.fact.target);
      endpoint = ep == model.endpoints.end() ? nullptr : &ep->second;
    }
    if (!endpoint || (endpoint == recordedEndpoint && &site.services.get() == recordedCallers))
      continue;
    recordedEndpoint = endpoint;
    recordedCallers = &site.services.get();
    for (const std::string &from : site.services) {
      if (!caller || *caller != from) {
        auto it = out.try_emplace(from).first;
        caller = &it->first;
        callsOfCaller = &it->second;
      }
      for (const std::string &to : endpoint->services)
        callsOfCaller->try_emplace(to, i);
    }
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
