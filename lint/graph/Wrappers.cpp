#include "graph/Wrappers.h"

#include <deque>
#include <set>
#include <tuple>

namespace msglint::graph {

void inferWrapperSites(const std::map<std::string, Function> &functions,
                       std::vector<Site> &sites) {
  // Who calls F passing names: F -> [(caller, call)].
  std::map<std::string, std::vector<std::pair<const Function *, const facts::NamedCall *>>> callers;
  for (const auto &[usr, fn] : functions)
    for (const facts::NamedCall &call : fn.namedCalls)
      callers[call.usr].push_back({&fn, &call});

  std::deque<facts::Site> pending; // sites whose target is a parameter
  for (const Site &site : sites)
    if (site.fact.targetParam >= 0)
      pending.push_back(site.fact);
  std::set<std::tuple<std::string, int, facts::Location>> seen; // (wrapper, param, origin)
  std::set<std::tuple<facts::Location, std::string>> resolvedOrigins;
  std::vector<facts::Site> derived;
  while (!pending.empty()) {
    facts::Site wrapper = std::move(pending.front());
    pending.pop_front();
    if (!seen.insert({wrapper.function, wrapper.targetParam, wrapper.loc}).second)
      continue; // recursion among wrappers
    auto it = callers.find(wrapper.function);
    if (it == callers.end())
      continue;
    for (const auto &[caller, call] : it->second) {
      for (const facts::NamedCall::Arg &arg : call->args) {
        if (static_cast<int>(arg.index) != wrapper.targetParam)
          continue;
        facts::Site site = wrapper;
        site.function = caller->usr;
        site.loc = call->loc;
        site.inLoop = false; // the caller's own loops are its callees' business
        site.retryLoop = false;
        site.after = call->after; // what the caller does after the call is after the send
        if (arg.param >= 0) {
          site.targetParam = arg.param; // the caller is a wrapper too
          pending.push_back(std::move(site));
        } else {
          site.target = wrapper.targetPrefix + arg.value + wrapper.targetSuffix;
          site.targetExpr.clear();
          site.targetParam = -1;
          derived.push_back(std::move(site));
        }
        resolvedOrigins.insert({wrapper.loc, wrapper.function});
      }
    }
  }
  // The wrapper's own site has served its purpose where some caller named it.
  std::erase_if(sites, [&](const Site &s) {
    return s.fact.targetParam >= 0 && resolvedOrigins.count({s.fact.loc, s.fact.function});
  });
  for (facts::Site &site : derived)
    sites.emplace_back(std::move(site));
}

} // namespace msglint::graph
