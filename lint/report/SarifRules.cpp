#include "report/SarifRules.h"

#include "report/Markdown.h"
#include "report/RuleDocs.h"

#include <cctype>

namespace msglint::report {
namespace {

using nlohmann::ordered_json;

// "sync-chain-depth" -> "SyncChainDepth": SARIF wants a Pascal-case
// friendly name distinct from the id, even ignoring case (the Multitool's
// SARIF1001), so a one-word id gets "Rule": "policy" -> "PolicyRule".
std::string pascalCase(const std::string &id) {
  std::string name;
  bool upper = true;
  for (char c : id) {
    if (c == '-' || c == '_') {
      upper = true;
      continue;
    }
    name += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  if (id.find_first_of("-_") == std::string::npos)
    name += "Rule";
  return name;
}

// A catalogue summary ("an entry point whose ...") as a sentence.
std::string sentence(std::string text) {
  if (!text.empty())
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  if (!text.empty() && text.back() != '.')
    text += '.';
  return text;
}

ordered_json descriptor(const rules::RuleInfo &rule) {
  const std::string summary = sentence(rule.summary);
  ordered_json parameters = ordered_json::object();
  for (const rules::OptionInfo &option : rule.options)
    parameters[option.name] = sarifParameter(option, option.defaultValue);
  ordered_json configuration = {{"level", sarifLevel(rule.level)}};
  if (!parameters.empty())
    configuration["parameters"] = std::move(parameters);

  ordered_json out = {{"id", rule.id}, {"name", pascalCase(rule.id)},
                      {"shortDescription", {{"text", summary}}}};
  if (auto doc = ruleDoc(rule.id)) {
    const std::string url = ruleDocUrl(rule.id);
    std::string first = firstParagraph(*doc);
    std::string full = first.empty() ? summary : markdownToText(first);
    while (!full.empty() && full.back() == '\n')
      full.pop_back();
    out["fullDescription"] = {{"text", full}};
    out["help"] = {{"text", markdownToText(*doc)}, {"markdown", absoluteLinks(*doc, url)}};
    out["helpUri"] = url;
  } else {
    // No page yet: the catalogue's own words, so the log stays complete.
    std::string help = summary;
    for (const rules::OptionInfo &option : rule.options)
      help += "\nOption " + option.name + " (default " +
              rules::describe(option, option.defaultValue) + "): " + option.help + ".";
    out["fullDescription"] = {{"text", summary}};
    out["help"] = {{"text", help}};
  }
  out["defaultConfiguration"] = std::move(configuration);
  return out;
}

} // namespace

const char *sarifLevel(rules::Severity severity) {
  switch (severity) {
  case rules::Severity::Note:
    return "note";
  case rules::Severity::Warning:
    return "warning";
  case rules::Severity::Error:
    return "error";
  }
  return "warning";
}

ordered_json sarifParameter(const rules::OptionInfo &option, const rules::OptionValue &value) {
  switch (option.type) {
  case rules::OptionType::Integer:
    return value.integer;
  case rules::OptionType::StringList:
    return value.strings;
  case rules::OptionType::Regex:
    return value.pattern;
  }
  return nullptr;
}

std::string ruleDocUrl(const std::string &id) {
  return std::string(docsUrl()) + "/rules/" + id + ".md";
}

ordered_json sarifRules(const std::vector<rules::RuleInfo> &catalogue) {
  ordered_json out = ordered_json::array();
  for (const rules::RuleInfo &rule : catalogue)
    out.push_back(descriptor(rule));
  return out;
}

namespace {

ordered_json notificationDescriptor(const char *id, const char *level, const char *summary,
                                    const std::string &detail) {
  const std::string usage = std::string(docsUrl()) + "/usage.md";
  return {{"id", id},
          {"name", pascalCase(id)},
          {"shortDescription", {{"text", summary}}},
          {"fullDescription", {{"text", detail}}},
          {"help", {{"text", detail}}},
          {"helpUri", usage},
          {"defaultConfiguration", {{"level", level}}}};
}

} // namespace

ordered_json sarifNotificationDescriptors() {
  return ordered_json::array(
      {notificationDescriptor(
           "compile-errors", "warning", "A translation unit has compile errors.",
           "Clang reported errors in this translation unit. msglint analysed what Clang could "
           "recover, so findings in it may be missing. Fix the errors or the compile database; "
           "with --strict, msglint exits with code 3."),
       notificationDescriptor(
           "analysis-failed", "error", "A translation unit could not be analysed.",
           "msglint could not analyse this translation unit at all, so it contributes no "
           "facts and findings that depend on it are missing."),
       notificationDescriptor(
           "unused-api-declaration", "warning",
           "An API declared in .msglint.yaml matched no call.",
           "No call in the scanned code matched this entry of 'apis', so it adds no site to "
           "the graph. Check the qualified name (namespaces and classes, without template "
           "arguments) against the declaration the callers see.")});
}

} // namespace msglint::report
