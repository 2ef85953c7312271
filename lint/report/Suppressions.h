// Applies inline suppression comments (DESIGN.md §5) to findings.
#pragma once

#include "graph/Model.h"
#include "rules/Finding.h"

#include <vector>

namespace msglint::report {

// Removes the findings an inline comment suppresses; returns how many.
size_t applySuppressions(const graph::Model &model, std::vector<rules::Finding> &findings);

} // namespace msglint::report
