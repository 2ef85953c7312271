// The SARIF invocation of a check run: whether it succeeded, what it says
// about translation units it could not fully analyse, and how the
// configuration changed the rules' defaults.
#pragma once

#include "report/CheckReport.h"
#include "report/SourceText.h"

#include <nlohmann/json.hpp>

namespace msglint::report {

nlohmann::ordered_json sarifInvocation(const CheckReport &report, SourceText &sources);

} // namespace msglint::report
