// graph --format asyncapi: the event and job channels of the architecture
// as an AsyncAPI 3.0 document (docs/asyncapi.md), for EventCatalog and the
// AsyncAPI tools: one channel per topic and queue, the operations of each
// service (send: publish, enqueue; receive: subscribe, work), and the code
// sites as x-msglint-* extensions.
#pragma once

#include "graph/Architecture.h"

#include <string>

namespace msglint::report {

std::string asyncApiJson(const graph::Architecture &arch, const std::string &title);

} // namespace msglint::report
