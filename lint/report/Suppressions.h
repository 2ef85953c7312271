// Applies inline suppression comments (DESIGN.md §5) to findings.
#pragma once

#include "graph/Model.h"
#include "rules/Finding.h"

#include <set>
#include <string>
#include <vector>

namespace msglint::report {

// Removes the findings an inline comment suppresses; returns how many.
// `used`, when given, collects the comments that suppressed something.
size_t applySuppressions(const graph::Model &model, std::vector<rules::Finding> &findings,
                         std::set<const facts::Suppression *> *used = nullptr);

// The comments that suppressed nothing although every rule they name ran
// (a comment naming a rule this run did not enable may still be needed).
std::vector<const facts::Suppression *>
unusedSuppressions(const graph::Model &model, const std::set<const facts::Suppression *> &used,
                   const std::vector<std::string> &enabledRules);

} // namespace msglint::report
