#include "graph/Link.h"

#include "graph/ConfigDeclarations.h"
#include "graph/HttpEndpoints.h"
#include "graph/NatsSubjects.h"
#include "graph/Services.h"
#include "graph/StoredCallables.h"
#include "graph/Wrappers.h"

#include <algorithm>
#include <cstdint>
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

const std::string &Site::functionName() const {
  static const std::string none;
  return nameOfFunction ? *nameOfFunction : none;
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
  // Functions by pointer: the model's map holds them in place, so no USR
  // is copied (a million calls at scale).
  std::map<std::string, std::vector<Function *>> byService;
  for (auto &[usr, fn] : model.functions)
    if (fn.attributedByPath)
      byService[*fn.services.begin()].push_back(&fn);
  for (auto &[service, roots] : byService) {
    std::vector<Function *> pending = roots;
    std::unordered_set<const Function *> seen(roots.begin(), roots.end());
    while (!pending.empty()) {
      const Function *fn = pending.back();
      pending.pop_back();
      for (const facts::Callee &callee : fn->callees) {
        auto it = model.functions.find(callee.usr);
        if (it == model.functions.end() || it->second.attributedByPath ||
            !seen.insert(&it->second).second)
          continue;
        it->second.services.insert(service);
        pending.push_back(&it->second);
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

// The model's order of sites: by location, then target and function, then
// the order given (several TUs' copies of one site). `refs` name the sites,
// `siteOf` finds each. Files compare by their rank among the distinct
// files, so that most comparisons are of integers, and the sort walks a
// small array of keys rather than the sites. Returns whether `refs` were
// in order already.
template <typename Ref, typename SiteOf>
bool sortInSiteOrder(std::vector<Ref> &refs, SiteOf siteOf) {
  // Each site's file as the index of its first appearance, compared with
  // the site before (neighbours are mostly in one file) and else hashed;
  // then the indices become ranks in the order of the paths.
  struct Key {
    uint64_t fileAndLine; // file << 32 | line: one comparison for both
    unsigned col;
    size_t position; // in refs
  };
  std::vector<Key> keys(refs.size());
  std::unordered_map<std::string_view, unsigned> indexOf;
  std::vector<std::string_view> files;
  const std::string *previous = nullptr;
  uint64_t file = 0;
  for (size_t i = 0; i < refs.size(); ++i) {
    const Location &loc = siteOf(refs[i]).loc;
    if (!previous || *previous != loc.file) {
      previous = &loc.file;
      auto [it, added] = indexOf.try_emplace(loc.file, unsigned(files.size()));
      if (added)
        files.push_back(loc.file);
      file = it->second;
    }
    keys[i] = {file << 32 | loc.line, loc.col, i};
  }
  std::vector<unsigned> byPath(files.size());
  std::iota(byPath.begin(), byPath.end(), 0u);
  std::sort(byPath.begin(), byPath.end(), [&](unsigned a, unsigned b) { return files[a] < files[b]; });
  std::vector<uint64_t> rankOf(files.size());
  for (unsigned rank = 0; rank < byPath.size(); ++rank)
    rankOf[byPath[rank]] = rank;
  for (Key &key : keys)
    key.fileAndLine = rankOf[key.fileAndLine >> 32] << 32 | (key.fileAndLine & 0xffffffffu);
  auto before = [&](const Key &a, const Key &b) {
    if (a.fileAndLine != b.fileAndLine)
      return a.fileAndLine < b.fileAndLine;
    if (a.col != b.col)
      return a.col < b.col;
    const facts::Site &x = siteOf(refs[a.position]), &y = siteOf(refs[b.position]);
    return std::tie(x.target, x.function, a.position) < std::tie(y.target, y.function, b.position);
  };
  if (std::is_sorted(keys.begin(), keys.end(), before))
    return true;
  std::sort(keys.begin(), keys.end(), before);
  std::vector<Ref> sorted;
  sorted.reserve(refs.size());
  for (const Key &key : keys)
    sorted.push_back(refs[key.position]);
  refs = std::move(sorted);
  return false;
}

// Moves the TUs' sites into `linked` in the model's order, each moved once,
// and keeps once the sites several TUs saw (an inline function in a
// header): same location, target and function; the first TU's is kept.
// Sorted, such copies are neighbours: no table of the sites seen is needed
// (a million at scale).
void mergeSitesInOrder(std::vector<facts::TranslationUnit> &tus, std::vector<Site> &linked) {
  struct Ref {
    unsigned tu, index;
  };
  std::vector<Ref> refs;
  for (unsigned tu = 0; tu < tus.size(); ++tu)
    for (unsigned i = 0; i < tus[tu].sites.size(); ++i)
      refs.push_back({tu, i});
  sortInSiteOrder(refs, [&](const Ref &r) -> facts::Site & { return tus[r.tu].sites[r.index]; });
  linked.reserve(refs.size()); // grown once: each site is moved in once
  for (const Ref &ref : refs) {
    facts::Site &site = tus[ref.tu].sites[ref.index];
    if (!linked.empty()) {
      // Numbers first: neighbours mostly share their file, a long path.
      const facts::Site &last = linked.back().fact;
      if (last.loc.line == site.loc.line && last.loc.col == site.loc.col &&
          last.target == site.target && last.function == site.function &&
          last.loc.file == site.loc.file)
        continue;
    }
    linked.emplace_back(std::move(site));
  }
}

// Puts the sites in the model's order again where link has added sites
// (a wrapper's, at its callers) or renamed their targets since the merge.
// Applied in place, cycle by cycle: no second copy of the sites, and a
// site already in place is not moved.
void sortByLocation(std::vector<Site> &sites) {
  std::vector<size_t> order(sites.size());
  std::iota(order.begin(), order.end(), size_t(0));
  if (sortInSiteOrder(order, [&](size_t i) -> const facts::Site & { return sites[i].fact; }))
    return;
  std::vector<char> placed(sites.size(), 0);
  for (size_t start = 0; start < sites.size(); ++start) {
    if (placed[start] || order[start] == start)
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
    for (facts::Site &site : tu.sites) {
      relativise(site.loc, root);
      relativise(site.loopLoc, root);
      for (facts::Step &step : site.after)
        relativise(step.loc, root);
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

  // Sorted once more at the end to become the model's sites: one array of
  // a million sites at scale, not two.
  std::vector<Site> linkedSites;
  mergeSitesInOrder(tus, linkedSites);
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
      site.nameOfFunction = &function->name;
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
