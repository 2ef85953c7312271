#include "report/SarifInvocation.h"

#include "report/SarifLocations.h"
#include "report/SarifRules.h"

#include <algorithm>

namespace msglint::report {
namespace {

using nlohmann::ordered_json;

ordered_json notificationDescriptor(const char *id, int index) {
  return {{"id", id}, {"index", index}};
}

ordered_json notifications(const graph::Model &model, SourceText &sources) {
  std::vector<const graph::TranslationUnitStatus *> tus;
  for (const graph::TranslationUnitStatus &tu : model.translationUnits)
    tus.push_back(&tu);
  std::sort(tus.begin(), tus.end(), [](auto *a, auto *b) { return a->file < b->file; });

  ordered_json out = ordered_json::array();
  for (const graph::TranslationUnitStatus *tu : tus) {
    ordered_json here = {{"physicalLocation", {{"artifactLocation", artifactLocation(tu->file)}}}};
    if (!tu->failure.empty()) {
      out.push_back({{"level", "error"},
                     {"message", {{"text", "Analysis of " + tu->file + " failed: " + tu->failure + "."}}},
                     {"locations", ordered_json::array({here})},
                     {"descriptor", notificationDescriptor("analysis-failed",
                                                           kAnalysisFailedNotification)}});
      continue;
    }
    if (tu->errorCount == 0)
      continue;
    ordered_json locations = ordered_json::array({here});
    for (const facts::CompileError &e : tu->errors) {
      if (e.loc.file.empty())
        continue;
      locations.push_back({{"physicalLocation", physicalLocation(e.loc, sources)},
                           {"message", {{"text", "compile error: " + e.message}}}});
    }
    std::string count = std::to_string(tu->errorCount) + " compile error" +
                        (tu->errorCount == 1 ? "" : "s");
    out.push_back({{"level", "warning"},
                   {"message", {{"text", tu->file + " has " + count +
                                             "; msglint analysed what Clang could recover, "
                                             "so findings may be missing."}}},
                   {"locations", std::move(locations)},
                   {"descriptor", notificationDescriptor("compile-errors",
                                                         kCompileErrorsNotification)}});
  }
  return out;
}

// Where this run's configuration departs from a rule's defaults.
ordered_json overrides(const CheckReport &report) {
  ordered_json out = ordered_json::array();
  const auto &catalogue = *report.catalogue;
  for (size_t i = 0; i < catalogue.size(); ++i) {
    const rules::RuleInfo &rule = catalogue[i];
    auto configured = std::find_if(report.rules->begin(), report.rules->end(),
                                   [&](const rules::ConfiguredRule &c) { return c.info == &rule; });
    ordered_json configuration;
    if (configured == report.rules->end()) {
      configuration = {{"enabled", false}};
    } else {
      if (configured->severity != rule.level)
        configuration["level"] = sarifLevel(configured->severity);
      ordered_json parameters = ordered_json::object();
      for (const rules::OptionInfo &option : rule.options)
        if (configured->options.at(option.name) != option.defaultValue)
          parameters[option.name] = sarifParameter(option, configured->options.at(option.name));
      if (!parameters.empty())
        configuration["parameters"] = std::move(parameters);
    }
    if (configuration.is_null())
      continue;
    out.push_back({{"descriptor", {{"id", rule.id}, {"index", i}}},
                   {"configuration", std::move(configuration)}});
  }
  return out;
}

} // namespace

ordered_json sarifInvocation(const CheckReport &report, SourceText &sources) {
  bool failed = std::any_of(report.model->translationUnits.begin(),
                            report.model->translationUnits.end(),
                            [](const graph::TranslationUnitStatus &tu) { return !tu.failure.empty(); });
  ordered_json invocation = {{"executionSuccessful", !failed}};
  ordered_json notes = notifications(*report.model, sources);
  if (!notes.empty())
    invocation["toolExecutionNotifications"] = std::move(notes);
  ordered_json configuration = ordered_json::array();
  for (const graph::ConfigWarning &warning : report.model->configWarnings)
    configuration.push_back(
        {{"level", "warning"},
         {"message", {{"text", warning.message + "."}}},
         {"locations", ordered_json::array({{{"physicalLocation", physicalLocation(warning.loc, sources)}}})},
         {"descriptor", notificationDescriptor("unused-api-declaration",
                                               kUnusedApiDeclarationNotification)}});
  if (!configuration.empty())
    invocation["toolConfigurationNotifications"] = std::move(configuration);
  ordered_json changed = overrides(report);
  if (!changed.empty())
    invocation["ruleConfigurationOverrides"] = std::move(changed);
  return invocation;
}

} // namespace msglint::report
