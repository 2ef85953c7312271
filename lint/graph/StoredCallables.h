// Handlers set at registration (extract/CallableFields.h): a function that
// stores its callable parameter in a member reaches, through that member,
// whatever its callers pass, so a poll loop calling `onMessage_(m)` reaches
// the lambda `main` registered with `consumer.setHandler([&] {...})`.
#pragma once

#include "graph/Model.h"

namespace msglint::graph {

// Adds an edge from each callable member to the callables that the callers
// of its setters pass (called: invoking the member runs them).
void linkStoredCallables(std::map<std::string, Function> &functions);

} // namespace msglint::graph
