#include "graph/Link.h"

#include "graph/ConfigDeclarations.h"
#include "graph/HttpEndpoints.h"
#include "graph/NatsSubjects.h"
#include "graph/Services.h"
#include "graph/StoredCallables.h"
#include "graph/Wrappers.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <tuple>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace msglint::graph {

namespace {

// How much of `path` to drop to make it relative to `root`: 0 when it is
// not inside it.
size_t rootPrefixLength(const std::string &path, const std::string &root) {
  if (root.empty() || path.size() <= root.size() || path.compare(0, root.size(), root) != 0)
    return 0;
  if (root.back() == '/')
    return root.size();
  if (path[root.size()] != '/')
    return 0;
  return root.size() + 1;
}

} // namespace

std::string relativeToRoot(const std::string &path, const std::string &root) {
  return path.substr(rootPrefixLength(path, root));
}

const std::set<std::string> &SiteServices::get() const {
  static const std::set<std::string> none;
  return owners ? *owners : none;
}

std::string Model::serviceOf(const std::string &endpoint) const {
  auto it = endpoints.find(endpoint);
  if (it != endpoints.end() && !it->second.services.empty())
    return *it->second.services.begin();
  return endpoint.substr(0, endpoint.find('/'));
}

namespace {

constexpr char kDefinitionSeparator = '\x1f';

// In place: no new string for each of a million locations.
void relativise(Location &loc, const std::string &root) {
  loc.file.erase(0, rootPrefixLength(loc.file, root));
}

// Shared code (a common/ folder) belongs to every service whose code
// reaches it: walk from each service's own functions into the functions
// that no path attributes.
void propagateOwners(Model &model) {
  std::map<std::string, std::vector<std::string>> byService;
  for (auto &[usr, fn] : model.functions)
    if (fn.attributedByPath)
      byService[*fn.services.begin()].push_back(usr);
  for (auto &[service, roots] : byService) {
    std::vector<std::string> pending = roots;
    std::set<std::string> seen(roots.begin(), roots.end());
    while (!pending.empty()) {
      std::string usr = std::move(pending.back());
      pending.pop_back();
      const Function *fn = model.function(usr);
      if (!fn)
        continue;
      for (const facts::Callee &callee : fn->callees) {
        auto it = model.functions.find(callee.usr);
        if (it == model.functions.end() || it->second.attributedByPath ||
            !seen.insert(callee.usr).second)
          continue;
        it->second.services.insert(service);
        pending.push_back(callee.usr);
      }
    }
  }
}

// Where one USR has several definitions, each reference picks the ones in
// the referring code's own service (by path), or all when none is.
void resolveDefinitions(Model &model, const std::map<std::string, std::vector<std::string>> &definitions,
                        std::vector<Site> &sites,
                        std::vector<facts::Registration> &registrations,
                        const config::Config &config) {
  if (definitions.empty())
    return;
  auto serviceOfFile = [&](const std::string &file) { return serviceForPath(file, config); };
  auto pick = [&](const std::string &usr, const std::string &fromFile) {
    auto it = definitions.find(usr);
    if (it == definitions.end())
      return std::vector<std::string>{usr};
    std::vector<std::string> same;
    for (const std::string &key : it->second) {
      const Function *fn = model.function(key);
      if (fn && fn->loc.file == fromFile)
        return std::vector<std::string>{key};
      if (fn && serviceOfFile(fn->loc.file) == serviceOfFile(fromFile))
        same.push_back(key);
    }
    return same.empty() ? it->second : same;
  };
  for (auto &[key, fn] : model.functions) {
    std::vector<facts::Callee> callees;
    for (const facts::Callee &c : fn.callees)
      for (const std::string &target : pick(c.usr, fn.loc.file)) {
        facts::Callee copy = c;
        copy.usr = target;
        callees.push_back(std::move(copy));
      }
    fn.callees = std::move(callees);
    for (facts::NamedCall &call : fn.namedCalls)
      call.usr = pick(call.usr, fn.loc.file).front();
  }
  auto pickHandlers = [&](std::vector<std::string> &handlers, const std::string &fromFile) {
    std::vector<std::string> picked;
    for (const std::string &h : handlers)
      for (const std::string &target : pick(h, fromFile))
        picked.push_back(target);
    handlers = std::move(picked);
  };
  for (Site &site : sites) {
    site.fact.function = pick(site.fact.function, site.fact.loc.file).front();
    pickHandlers(site.fact.handlers, site.fact.loc.file);
  }
  for (facts::Registration &registration : registrations) {
    registration.function = pick(registration.function, registration.loc.file).front();
    pickHandlers(registration.handlers, registration.loc.file);
  }
}

// The sites several TUs saw (an inline function in a header) are kept once,
// by location, target and function: an open-addressing table of indices
// into the sites kept so far, with their hashes, sized once for all of them,
// so that no key is copied and no node allocated (a million sites at scale).
class SeenSites {
public:
  SeenSites(const std::vector<Site> &sites, size_t expected) : sites(sites) {
    size_t capacity = 16;
    while (capacity < 2 * expected) // at most half full: probes stay short
      capacity *= 2;
    slots.resize(capacity);
  }
  // Whether sites[index] is the first of its kind. At most `expected`
  // sites are kept.
  bool firstOfItsKind(size_t index) {
    const facts::Site &site = sites[index].fact;
    const size_t hash = hashOf(site);
    const size_t mask = slots.size() - 1;
    for (size_t at = hash & mask;; at = (at + 1) & mask) {
      Slot &slot = slots[at];
      if (slot.index == kEmpty) {
        slot = {hash, index};
        return true;
      }
      if (slot.hash == hash && same(sites[slot.index].fact, site))
        return false;
    }
  }

private:
  static constexpr size_t kEmpty = size_t(-1);
  struct Slot {
    size_t hash = 0, index = kEmpty;
  };
  static size_t hashOf(const facts::Site &s) {
    std::hash<std::string> h;
    size_t seed = h(s.loc.file);
    for (size_t part : {size_t(s.loc.line), size_t(s.loc.col), h(s.target), h(s.function)})
      seed ^= part + 0x9e3779b97f4a7c15ull + (seed << 6) + (seed >> 2);
    return seed;
  }
  static bool same(const facts::Site &x, const facts::Site &y) {
    return x.loc == y.loc && x.target == y.target && x.function == y.function;
  }
  const std::vector<Site> &sites;
  std::vector<Slot> slots;
};

// By location, then target and function: an order of indices, then each
// site moved about once (sorting the sites themselves moves each many times).
// Files compare by their rank among the distinct files, so that most
// comparisons are of integers.
void sortByLocation(std::vector<Site> &sites) {
  // (Neighbouring sites are mostly in one file: it is hashed once per run.)
  std::unordered_map<std::string_view, unsigned> rankOf;
  const std::string *previous = nullptr;
  for (const Site &site : sites)
    if (!previous || *previous != site.fact.loc.file) {
      previous = &site.fact.loc.file;
      rankOf.emplace(*previous, 0);
    }
  std::vector<std::string_view> files;
  files.reserve(rankOf.size());
  for (const auto &[file, unused] : rankOf)
    files.push_back(file);
  std::sort(files.begin(), files.end());
  for (unsigned rank = 0; rank < files.size(); ++rank)
    rankOf[files[rank]] = rank;
  // Compact keys, so that the sort walks one small array rather than the
  // sites themselves; only ties at one place compare the strings.
  struct Key {
    unsigned file, line, col;
    size_t index;
  };
  std::vector<Key> keys(sites.size());
  unsigned rank = 0;
  previous = nullptr;
  for (size_t i = 0; i < sites.size(); ++i) {
    const Location &loc = sites[i].fact.loc;
    if (!previous || *previous != loc.file) {
      previous = &loc.file;
      rank = rankOf[loc.file];
    }
    keys[i] = {rank, loc.line, loc.col, i};
  }
  std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
    if (std::tie(a.file, a.line, a.col) != std::tie(b.file, b.line, b.col))
      return std::tie(a.file, a.line, a.col) < std::tie(b.file, b.line, b.col);
    const facts::Site &x = sites[a.index].fact, &y = sites[b.index].fact;
    return std::tie(x.target, x.function) < std::tie(y.target, y.function);
  });
  std::vector<size_t> order(sites.size());
  for (size_t i = 0; i < keys.size(); ++i)
    order[i] = keys[i].index;
  // Applied in place, cycle by cycle: no second copy of the sites.
  std::vector<char> placed(sites.size(), 0);
  for (size_t start = 0; start < sites.size(); ++start) {
    if (placed[start])
      continue;
    Site first = std::move(sites[start]);
    size_t at = start;
    while (order[at] != start) {
      sites[at] = std::move(sites[order[at]]);
      placed[at] = 1;
      at = order[at];
    }
    sites[at] = std::move(first);
    placed[at] = 1;
  }
}

} // namespace

Model link(std::vector<facts::TranslationUnit> tus, const std::string &root,
           const config::Config &config) {
  Model model;
  model.root = root;
  std::map<std::string, std::vector<std::string>> overriders;
  std::set<std::tuple<Location, std::vector<std::string>>> seenSuppressions;
  std::vector<facts::Registration> registrations;
  std::map<std::string, std::vector<std::string>> definitions; // USR -> keys, when several

  size_t siteCount = 0;
  for (const facts::TranslationUnit &tu : tus)
    siteCount += tu.sites.size();
  // Sorted in place at the end to become the model's sites: one array of a
  // million sites at scale, not two.
  std::vector<Site> linkedSites;
  linkedSites.reserve(siteCount); // grown once: each site is moved in once
  SeenSites seenSites(linkedSites, siteCount);
  for (facts::TranslationUnit &tu : tus) {
    TranslationUnitStatus status;
    status.file = relativeToRoot(tu.mainFile, root);
    status.errorCount = tu.errorCount;
    status.errors = std::move(tu.errors);
    for (facts::CompileError &e : status.errors)
      relativise(e.loc, root);
    status.failure = std::move(tu.failure);
    model.translationUnits.push_back(std::move(status));

    for (facts::Function &f : tu.functions) {
      // Two deployables may each define a function of the same name (every
      // service has its own `main`): one USR, several definitions, told
      // apart by the file that defines them.
      Location defined = f.loc;
      relativise(defined, root);
      std::string key = f.usr;
      auto [it, inserted] = model.functions.try_emplace(key);
      if (!inserted && it->second.loc.file != defined.file) {
        key = f.usr + kDefinitionSeparator + defined.file;
        std::tie(it, inserted) = model.functions.try_emplace(key);
      }
      Function &fn = it->second;
      if (inserted) {
        if (key != f.usr) {
          auto &keys = definitions[f.usr];
          if (keys.empty())
            keys.push_back(f.usr);
          keys.push_back(key);
        }
        fn.usr = key;
        fn.name = std::move(f.name);
        fn.loc = std::move(defined);
        fn.entries = std::move(f.entries);
        for (facts::Entry &e : fn.entries) {
          if (!e.receivedAt.file.empty())
            relativise(e.receivedAt, root);
          if (!e.loopLoc.file.empty())
            relativise(e.loopLoc, root);
        }
        fn.namedCalls = std::move(f.namedCalls);
        fn.storedParams = std::move(f.storedParams);
        for (facts::NamedCall &c : fn.namedCalls) {
          relativise(c.loc, root);
          for (facts::Step &step : c.after)
            relativise(step.loc, root);
        }
        for (const std::string &base : f.overrides)
          overriders[base].push_back(key);
      }
      // An inline function seen by several TUs: the union of what each saw.
      for (facts::Callee &c : f.callees) {
        auto known = std::find_if(fn.callees.begin(), fn.callees.end(),
                                  [&](const facts::Callee &k) { return k.usr == c.usr; });
        facts::Callee callee = std::move(c);
        relativise(callee.loc, root);
        relativise(callee.loopLoc, root);
        if (known == fn.callees.end()) {
          fn.callees.push_back(std::move(callee));
        } else if (callee.inLoop && (!known->inLoop || (known->retryLoop && !callee.retryLoop))) {
          *known = std::move(callee);
        } else if (callee.called && !known->called) {
          known->called = true;
          known->loc = callee.loc;
        }
      }
    }
    for (facts::Site &s : tu.sites) {
      facts::Site &site = linkedSites.emplace_back(std::move(s)).fact;
      relativise(site.loc, root);
      relativise(site.loopLoc, root);
      for (facts::Step &step : site.after)
        relativise(step.loc, root);
      if (!seenSites.firstOfItsKind(linkedSites.size() - 1))
        linkedSites.pop_back();
    }
    for (facts::Registration &r : tu.registrations) {
      facts::Registration registration = std::move(r);
      relativise(registration.loc, root);
      registrations.push_back(std::move(registration));
    }
    for (facts::Suppression &s : tu.suppressions) {
      facts::Suppression suppression = std::move(s);
      relativise(suppression.loc, root);
      if (seenSuppressions.insert({suppression.loc, suppression.rules}).second)
        model.suppressions.push_back(std::move(suppression));
    }
  }

  resolveDefinitions(model, definitions, linkedSites, registrations, config);
  inferWrapperSites(model.functions, linkedSites);
  linkStoredCallables(model.functions);
  unifyNatsSubjects(linkedSites, model.functions);
  applyChannelKinds(config, linkedSites, model.functions); // the configuration has the last word
  // Virtual calls reach every override (class hierarchy analysis).
  for (auto &[usr, fn] : model.functions) {
    std::vector<facts::Callee> extra;
    for (const facts::Callee &c : fn.callees)
      if (auto it = overriders.find(c.usr); it != overriders.end())
        for (const std::string &derived : it->second) {
          facts::Callee e = c;
          e.usr = derived;
          extra.push_back(std::move(e));
        }
    for (facts::Callee &e : extra)
      if (std::none_of(fn.callees.begin(), fn.callees.end(),
                       [&](const facts::Callee &k) { return k.usr == e.usr; }))
        fn.callees.push_back(std::move(e));
    std::sort(fn.callees.begin(), fn.callees.end(),
              [](const facts::Callee &a, const facts::Callee &b) { return a.usr < b.usr; });
  }

  // A handler registered by a subscribe/work site, or by a registration
  // (an HTTP route), is where that topic's, queue's or endpoint's work is
  // handled: an entry point, like a gRPC handler.
  auto addHandlerEntries = [&](const facts::Entry &entry, const std::vector<std::string> &named) {
    std::vector<std::string> handlers = named;
    for (const std::string &h : named)
      if (auto it = overriders.find(h); it != overriders.end())
        handlers.insert(handlers.end(), it->second.begin(), it->second.end());
    for (const std::string &h : handlers) {
      auto it = model.functions.find(h);
      if (it == model.functions.end())
        continue;
      auto &entries = it->second.entries;
      if (std::none_of(entries.begin(), entries.end(), [&](const facts::Entry &e) {
            return e.kind == entry.kind && e.target == entry.target;
          }))
        entries.push_back(entry);
    }
  };
  for (const Site &site : linkedSites)
    if ((site.fact.kind == facts::SiteKind::Subscribe || site.fact.kind == facts::SiteKind::Work) &&
        site.fact.target != "dynamic")
      addHandlerEntries({site.fact.kind, site.fact.api, site.fact.target}, site.fact.handlers);
  for (const facts::Registration &registration : registrations)
    addHandlerEntries({registration.kind, registration.api, registration.target},
                      registration.handlers);

  for (auto &[usr, fn] : model.functions) {
    if (auto service = serviceForPath(fn.loc.file, config)) {
      fn.services.insert(*service);
      fn.attributedByPath = true;
      model.services.insert(*service);
    }
  }
  propagateOwners(model);
  joinHttpEndpoints(model.functions, model.services, linkedSites);

  sortByLocation(linkedSites);
  model.sites = std::move(linkedSites);
  // Consecutive sites mostly share their function and often their target:
  // each lookup is done once per run of them.
  Function *function = nullptr;
  SiteServices owners; // function's, shared by its sites
  Endpoint *endpoint = nullptr;
  Channel *channel = nullptr;
  const std::map<std::string, Channel> *channelsOfChannel = nullptr; // topics or queues
  for (size_t i = 0; i < model.sites.size(); ++i) {
    Site &site = model.sites[i];
    if (!function || function->usr != site.fact.function) {
      auto it = model.functions.find(site.fact.function);
      function = it == model.functions.end() ? nullptr : &it->second;
      if (function)
        owners = SiteServices(std::make_shared<const std::set<std::string>>(function->services));
    }
    if (function) {
      function->sites.push_back(i);
      site.functionName = function->name;
      site.services = owners;
    }
    if (site.fact.target == "dynamic")
      continue;
    using facts::SiteKind;
    switch (site.fact.kind) {
    case SiteKind::Call:
      if (!endpoint || endpoint->id != site.fact.target) {
        endpoint = &model.endpoints[site.fact.target];
        endpoint->id = site.fact.target;
      }
      break;
    case SiteKind::Publish:
    case SiteKind::Subscribe:
    case SiteKind::Enqueue:
    case SiteKind::Work: {
      bool event = site.fact.kind == SiteKind::Publish || site.fact.kind == SiteKind::Subscribe;
      bool produces = site.fact.kind == SiteKind::Publish || site.fact.kind == SiteKind::Enqueue;
      auto &channels = event ? model.topics : model.queues;
      if (!channel || channelsOfChannel != &channels || channel->name != site.fact.target) {
        channel = &channels[site.fact.target];
        channel->name = site.fact.target;
        channelsOfChannel = &channels;
      }
      (produces ? channel->producers : channel->consumers).push_back(i);
      (produces ? channel->producerServices : channel->consumerServices)
          .insert(site.services.begin(), site.services.end());
      break;
    }
    }
  }
  for (auto &[usr, fn] : model.functions)
    for (const facts::Entry &entry : fn.entries)
      if (entry.kind == facts::SiteKind::Call) {
        Endpoint &ep = model.endpoints[entry.target];
        ep.id = entry.target;
        ep.implementers.push_back(usr);
        ep.services.insert(fn.services.begin(), fn.services.end());
      }
  return model;
}

} // namespace msglint::graph
