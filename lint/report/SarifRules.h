// SARIF reportingDescriptors: tool.driver.rules (one per catalogue rule,
// with its doc page as help) and tool.driver.notifications (what msglint
// says about its own run).
#pragma once

#include "rules/Rule.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace msglint::report {

// SARIF's level for a severity.
const char *sarifLevel(rules::Severity severity);

// A rule option's value as a SARIF configuration parameter: a number, an
// array of strings, or a string.
nlohmann::ordered_json sarifParameter(const rules::OptionInfo &option,
                                      const rules::OptionValue &value);

// The rule's doc page on the web (helpUri).
std::string ruleDocUrl(const std::string &id);

// tool.driver.rules, in catalogue order: result.ruleIndex indexes it.
nlohmann::ordered_json sarifRules(const std::vector<rules::RuleInfo> &catalogue);

// The notification descriptors, and their indices in that array.
inline constexpr int kCompileErrorsNotification = 0;
inline constexpr int kAnalysisFailedNotification = 1;
inline constexpr int kUnusedApiDeclarationNotification = 2;
nlohmann::ordered_json sarifNotificationDescriptors();

} // namespace msglint::report
