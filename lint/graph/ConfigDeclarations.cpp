#include "graph/ConfigDeclarations.h"

#include "config/Glob.h"
#include "graph/Link.h"

#include <set>

namespace msglint::graph {

namespace {

using facts::SiteKind;

// The kind a channel site has once the configuration's mapping applies.
SiteKind mappedKind(SiteKind kind, const std::string &name, const config::Config &config) {
  if (kind == SiteKind::Call || name == "dynamic")
    return kind;
  bool producer = kind == SiteKind::Publish || kind == SiteKind::Enqueue;
  if (config::matchesAnyGlob(name, config.jobChannels))
    return producer ? SiteKind::Enqueue : SiteKind::Work;
  if (config::matchesAnyGlob(name, config.eventChannels))
    return producer ? SiteKind::Publish : SiteKind::Subscribe;
  return kind;
}

} // namespace

void applyChannelKinds(const config::Config &config, std::vector<Site> &sites,
                       std::map<std::string, Function> &functions) {
  if (config.jobChannels.empty() && config.eventChannels.empty())
    return;
  for (Site &site : sites)
    site.fact.kind = mappedKind(site.fact.kind, site.fact.target, config);
  for (auto &[usr, fn] : functions)
    for (facts::Entry &entry : fn.entries)
      entry.kind = mappedKind(entry.kind, entry.target, config);
}

std::vector<ConfigWarning> unusedApiDeclarations(const config::Config &config,
                                                 const Model &model) {
  std::set<std::string> matched; // a config site's style is its declaration's name
  for (const Site &site : model.sites)
    if (site.fact.api == "config")
      matched.insert(site.fact.style);
  std::vector<ConfigWarning> out;
  for (const config::ApiDeclaration &api : config.apis) {
    const std::string &name = api.className.empty() ? api.function : api.className;
    if (matched.count(name))
      continue;
    ConfigWarning warning;
    warning.loc = {relativeToRoot(config.path, model.root), api.line, api.col};
    warning.message = "the API declaration of " +
                      std::string(api.className.empty() ? "function" : "class") + " '" + name +
                      "' matched no call in the scanned code (check the qualified name)";
    out.push_back(std::move(warning));
  }
  return out;
}

} // namespace msglint::graph
