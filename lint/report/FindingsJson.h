// `check --format json`: the findings as plain JSON for scripts. The schema
// is docs/schemas/findings.schema.json (described in
// docs/output-formats.md); bump kFindingsJsonVersion on any incompatible
// change.
#pragma once

#include "report/CheckReport.h"

#include <nlohmann/json.hpp>

#include <string>

namespace msglint::report {

inline constexpr int kFindingsJsonVersion = 1;

std::string writeFindingsJson(const CheckReport &report);

// One finding as in "findings" (also embedded in the graph page).
nlohmann::ordered_json findingJson(const Result &result);

} // namespace msglint::report
