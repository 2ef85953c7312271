// Wrapper inference (DESIGN.md §3): a function that passes its own
// parameter as the topic, queue or endpoint of a known API is a publisher
// (enqueuer, caller...) itself, so each of its callers' names is a site, at
// the caller's call. Works through several levels and across TUs, since it
// runs on the linked facts.
#pragma once

#include "graph/Model.h"

#include <map>
#include <string>
#include <vector>

namespace msglint::graph {

// `sites` are the linked sites (paths already relative). Adds the sites
// wrappers make at their callers. A wrapper's own site (target "dynamic",
// targetParam set) is dropped once some caller names its target; with no
// such caller it stays, dynamic.
void inferWrapperSites(const std::map<std::string, Function> &functions,
                       std::vector<Site> &sites);

} // namespace msglint::graph
