#include "report/Sarif.h"

#include "report/Fingerprint.h"
#include "report/RuleDocs.h"
#include "report/SarifInvocation.h"
#include "report/SarifLocations.h"
#include "report/SarifRules.h"
#include "report/SourceText.h"

#include <algorithm>
#include <string_view>

namespace msglint::report {
namespace {

using nlohmann::ordered_json;

// The rules whose notes, in order, are the steps of one path (the hops of a
// chain, the calls round a cycle): their results get a codeFlow.
constexpr std::string_view kPathRules[] = {"sync-chain-depth", "sync-cycle"};

// Plain text of a SARIF message: '[', ']' and '\' are escaped so that only
// the links we add are read as links (SARIF §3.11.6).
std::string escapeMessage(const std::string &text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == '\\')
      out += '\\';
    out += c;
  }
  return out;
}

// The finding's message, then a link to each related location: "[note](id)".
std::string messageWithLinks(const rules::Finding &f) {
  std::string text = escapeMessage(f.message);
  if (f.notes.empty())
    return text;
  if (!text.empty() && text.back() != '.')
    text += '.';
  text += " Related:";
  for (size_t i = 0; i < f.notes.size(); ++i)
    text += (i ? "; [" : " [") + escapeMessage(f.notes[i].message) + "](" +
            std::to_string(i + 1) + ")";
  return text + ".";
}

ordered_json codeFlow(const rules::Finding &f, SourceText &sources) {
  ordered_json steps = ordered_json::array();
  for (const rules::Note &note : f.notes)
    steps.push_back({{"location",
                      {{"physicalLocation", physicalLocation(note.loc, sources)},
                       {"message", {{"text", note.message}}}}}});
  return {{"message", {{"text", "Each synchronous call of the path, in order."}}},
          {"threadFlows", ordered_json::array({{{"locations", std::move(steps)}}})}};
}

ordered_json result(const Result &r, const CheckReport &report, SourceText &sources) {
  const rules::Finding &f = r.finding;
  ordered_json out = {{"ruleId", f.rule}};
  const auto &catalogue = *report.catalogue;
  auto rule = std::find_if(catalogue.begin(), catalogue.end(),
                           [&](const rules::RuleInfo &info) { return info.id == f.rule; });
  if (rule != catalogue.end())
    out["ruleIndex"] = rule - catalogue.begin();
  out["level"] = sarifLevel(f.severity);
  out["message"] = {{"text", messageWithLinks(f)}};
  out["locations"] = ordered_json::array({{{"physicalLocation", physicalLocation(f.loc, sources)}}});
  out["partialFingerprints"] = {{std::string("msglint/") + kFingerprintVersion, r.fingerprint}};
  if (!f.notes.empty()) {
    ordered_json related = ordered_json::array();
    for (size_t i = 0; i < f.notes.size(); ++i)
      related.push_back({{"id", i + 1},
                         {"physicalLocation", physicalLocation(f.notes[i].loc, sources)},
                         {"message", {{"text", f.notes[i].message}}}});
    out["relatedLocations"] = std::move(related);
    if (std::find(std::begin(kPathRules), std::end(kPathRules), f.rule) != std::end(kPathRules))
      out["codeFlows"] = ordered_json::array({codeFlow(f, sources)});
  }
  if (report.baseline)
    out["baselineState"] = "new"; // the baseline held it otherwise
  return out;
}

} // namespace

std::string writeSarif(const CheckReport &report, const SarifOptions &options) {
  SourceText sources(report.model->root);
  ordered_json driver = {{"name", "msglint"},
                         {"fullName", "msglint, the messaging architecture linter"},
                         {"version", report.toolVersion},
                         {"semanticVersion", report.toolVersion},
                         {"informationUri", std::string(homepageUrl())},
                         {"rules", sarifRules(*report.catalogue)},
                         {"notifications", sarifNotificationDescriptors()}};
  ordered_json results = ordered_json::array();
  for (const Result &r : report.results)
    results.push_back(result(r, report, sources));
  ordered_json run = {
      {"tool", {{"driver", std::move(driver)}}},
      {"automationDetails", {{"id", options.category + "/"}}},
      {"originalUriBaseIds", {{kSrcRoot, {{"uri", directoryUri(report.model->root)}}}}},
      {"invocations", ordered_json::array({sarifInvocation(report, sources)})},
      {"columnKind", "utf16CodeUnits"},
      {"results", std::move(results)}};
  ordered_json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", ordered_json::array({std::move(run)})}};
  return log.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

} // namespace msglint::report
