#include "graph/Link.h"

#include "graph/Services.h"

#include <algorithm>
#include <tuple>

namespace msglint::graph {

std::string relativeToRoot(const std::string &path, const std::string &root) {
  if (root.empty() || path.size() <= root.size() || path.compare(0, root.size(), root) != 0)
    return path;
  if (root.back() == '/')
    return path.substr(root.size());
  if (path[root.size()] != '/')
    return path;
  return path.substr(root.size() + 1);
}

std::string Model::serviceOf(const std::string &endpoint) const {
  auto it = endpoints.find(endpoint);
  if (it != endpoints.end() && !it->second.services.empty())
    return *it->second.services.begin();
  return endpoint.substr(0, endpoint.find('/'));
}

namespace {

void relativise(Location &loc, const std::string &root) {
  loc.file = relativeToRoot(loc.file, root);
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
    std::vector<std::string> todo = roots;
    std::set<std::string> seen(roots.begin(), roots.end());
    while (!todo.empty()) {
      std::string usr = std::move(todo.back());
      todo.pop_back();
      const Function *fn = model.function(usr);
      if (!fn)
        continue;
      for (const facts::Callee &callee : fn->callees) {
        auto it = model.functions.find(callee.usr);
        if (it == model.functions.end() || it->second.attributedByPath ||
            !seen.insert(callee.usr).second)
          continue;
        it->second.services.insert(service);
        todo.push_back(callee.usr);
      }
    }
  }
}

} // namespace

Model link(const std::vector<facts::TranslationUnit> &tus, const std::string &root,
           const config::Config &config) {
  Model model;
  model.root = root;
  std::map<std::string, std::vector<std::string>> overriders;
  std::set<std::tuple<Location, std::string, std::string>> seenSites;
  std::set<std::tuple<Location, std::vector<std::string>>> seenSuppressions;

  for (const facts::TranslationUnit &tu : tus) {
    TranslationUnitStatus status;
    status.file = relativeToRoot(tu.mainFile, root);
    status.errorCount = tu.errorCount;
    status.errors = tu.errors;
    for (facts::CompileError &e : status.errors)
      relativise(e.loc, root);
    status.failure = tu.failure;
    model.translationUnits.push_back(std::move(status));

    for (const facts::Function &f : tu.functions) {
      auto [it, inserted] = model.functions.try_emplace(f.usr);
      Function &fn = it->second;
      if (inserted) {
        fn.usr = f.usr;
        fn.name = f.name;
        fn.loc = f.loc;
        relativise(fn.loc, root);
        fn.entries = f.entries;
        for (const std::string &base : f.overrides)
          overriders[base].push_back(f.usr);
      }
      // An inline function seen by several TUs: the union of what each saw.
      for (const facts::Callee &c : f.callees) {
        auto known = std::find_if(fn.callees.begin(), fn.callees.end(),
                                  [&](const facts::Callee &k) { return k.usr == c.usr; });
        facts::Callee callee = c;
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
    for (const facts::Site &s : tu.sites) {
      facts::Site site = s;
      relativise(site.loc, root);
      relativise(site.loopLoc, root);
      if (!seenSites.insert({site.loc, site.target, site.function}).second)
        continue;
      model.sites.push_back({std::move(site), "", {}});
    }
    for (const facts::Suppression &s : tu.suppressions) {
      facts::Suppression suppression = s;
      relativise(suppression.loc, root);
      if (seenSuppressions.insert({suppression.loc, suppression.rules}).second)
        model.suppressions.push_back(std::move(suppression));
    }
  }

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

  for (auto &[usr, fn] : model.functions) {
    if (auto service = serviceForPath(fn.loc.file, config)) {
      fn.services.insert(*service);
      fn.attributedByPath = true;
      model.services.insert(*service);
    }
  }
  propagateOwners(model);

  std::sort(model.sites.begin(), model.sites.end(), [](const Site &a, const Site &b) {
    return std::tie(a.fact.loc, a.fact.target) < std::tie(b.fact.loc, b.fact.target);
  });
  for (size_t i = 0; i < model.sites.size(); ++i) {
    Site &site = model.sites[i];
    if (auto it = model.functions.find(site.fact.function); it != model.functions.end()) {
      it->second.sites.push_back(i);
      site.functionName = it->second.name;
      site.services = it->second.services;
    }
    if (site.fact.kind == facts::SiteKind::Call && site.fact.target != "dynamic")
      model.endpoints[site.fact.target].id = site.fact.target;
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
