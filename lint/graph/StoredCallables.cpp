#include "graph/StoredCallables.h"

#include <algorithm>

namespace msglint::graph {

void linkStoredCallables(std::map<std::string, Function> &functions) {
  // Setter USR -> the parameters it stores and where.
  std::map<std::string, const std::vector<facts::Function::StoredParam> *> setters;
  for (const auto &[usr, fn] : functions)
    if (!fn.storedParams.empty())
      setters[usr] = &fn.storedParams;
  if (setters.empty())
    return;
  std::vector<std::pair<std::string, facts::Callee>> edges; // member -> callable
  for (const auto &[usr, caller] : functions)
    for (const facts::NamedCall &call : caller.namedCalls) {
      auto setter = setters.find(call.usr);
      if (setter == setters.end())
        continue;
      for (const facts::NamedCall::Arg &arg : call.args)
        for (const facts::Function::StoredParam &stored : *setter->second)
          if (stored.param == arg.index)
            for (const std::string &callable : arg.callables)
              edges.push_back({stored.field, {callable, call.loc, true, false, false, {}}});
    }
  for (auto &[field, edge] : edges) {
    auto it = functions.find(field);
    if (it == functions.end())
      continue;
    auto &callees = it->second.callees;
    if (std::none_of(callees.begin(), callees.end(),
                     [&](const facts::Callee &c) { return c.usr == edge.usr; }))
      callees.push_back(std::move(edge));
  }
}

} // namespace msglint::graph
