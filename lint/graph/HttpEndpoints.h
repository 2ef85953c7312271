// HTTP endpoints are named "HOST/METHOD /route" by the client, which knows
// the host it calls, and "METHOD /route" by the server, which does not know
// the name it is reached by (docs/presets/httplib.md#server-routes).
#pragma once

#include "graph/Model.h"

namespace msglint::graph {

// Joins the two once services are attributed: a server route becomes
// "SERVICE/METHOD /route" for each service serving it, and a client's host
// becomes the service it names when its first label (before ':' or '.')
// is a scanned service ("orders:8080", "orders.shop.svc" -> "orders").
// `services` are the scanned ones; `sites` are the model's, being linked.
void joinHttpEndpoints(std::map<std::string, Function> &functions,
                       const std::set<std::string> &services, std::vector<Site> &sites);

} // namespace msglint::graph
