#include "graph/HttpEndpoints.h"

#include <algorithm>

namespace msglint::graph {

namespace {

constexpr const char *kHttpApi = "http";

// A server route: "GET /orders/{}", no host before the method.
bool isRoute(const std::string &target) {
  size_t space = target.find(' ');
  return space != std::string::npos && target.find('/') > space;
}

} // namespace

void joinHttpEndpoints(std::map<std::string, Function> &functions,
                       const std::set<std::string> &services, std::vector<Site> &sites) {
  for (auto &[usr, fn] : functions) {
    std::vector<facts::Entry> entries;
    for (const facts::Entry &entry : fn.entries) {
      if (entry.api != kHttpApi || entry.kind != facts::SiteKind::Call || !isRoute(entry.target) ||
          fn.services.empty()) {
        entries.push_back(entry);
        continue;
      }
      for (const std::string &service : fn.services)
        entries.push_back({entry.kind, entry.api, service + "/" + entry.target});
    }
    fn.entries = std::move(entries);
  }
  for (Site &site : sites) {
    std::string &target = site.fact.target;
    if (site.fact.api != kHttpApi || target == "dynamic")
      continue;
    size_t slash = target.find('/');
    std::string label = target.substr(0, std::min(slash, target.find_first_of(":.")));
    if (slash != std::string::npos && services.count(label))
      target = label + target.substr(slash);
  }
}

} // namespace msglint::graph
