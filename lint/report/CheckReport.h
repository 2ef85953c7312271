// What a `check` run hands to its renderers (text, JSON, SARIF): the
// findings to report with their fingerprints, and what the renderers say
// about the run itself.
#pragma once

#include "graph/Model.h"
#include "report/Baseline.h"
#include "rules/Rule.h"

#include <optional>
#include <string>
#include <vector>

namespace msglint::report {

struct CheckReport {
  const graph::Model *model = nullptr;
  const std::vector<rules::RuleInfo> *catalogue = nullptr; // every rule, in catalogue order
  const std::vector<rules::ConfiguredRule> *rules = nullptr; // the rules this run enabled
  std::vector<Result> results; // sorted; suppressed and baselined findings removed
  size_t suppressed = 0;
  std::optional<BaselineOutcome> baseline; // set when --baseline was given
  std::string toolVersion;
};

} // namespace msglint::report
