// Compiler-style diagnostics: `path:line:col: warning: message [rule-id]`,
// then one `note:` line per related site.
#pragma once

#include "graph/Model.h"
#include "rules/Finding.h"

#include <ostream>
#include <vector>

namespace msglint::report {

void sortFindings(std::vector<rules::Finding> &findings);
void writeText(std::ostream &out, const std::vector<rules::Finding> &findings);
// Warnings about the configuration, and notes about TUs Clang could not
// fully analyse.
void writeRunNotes(std::ostream &out, const graph::Model &model);

} // namespace msglint::report
