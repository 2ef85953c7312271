// What `.msglint.yaml` declares about the scanned code, applied when the
// sites are linked: the job-or-event mapping of channel names, and which
// API declarations matched nothing (docs/configuration.md).
#pragma once

#include "config/Config.h"
#include "graph/Model.h"

namespace msglint::graph {

// Turns publish/subscribe into enqueue/work for the names `channels: jobs`
// lists, and back for `channels: events`, on sites and on entry points.
void applyChannelKinds(const config::Config &config, std::vector<Site> &sites,
                       std::map<std::string, Function> &functions);

// One warning per API declaration no site came from. Only meaningful on
// a scan of the whole compile database.
std::vector<ConfigWarning> unusedApiDeclarations(const config::Config &config,
                                                 const Model &model);

} // namespace msglint::graph
