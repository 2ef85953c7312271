#include "report/FindingsJson.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace msglint::report {
namespace {

using nlohmann::ordered_json;

ordered_json location(const facts::Location &loc) {
  return {{"file", loc.file}, {"line", loc.line}, {"column", loc.col}};
}

} // namespace

ordered_json findingJson(const Result &r) {
  const rules::Finding &f = r.finding;
  ordered_json out = {{"rule", f.rule}, {"severity", rules::toString(f.severity)}};
  out.update(location(f.loc));
  out["message"] = f.message;
  out["fingerprint"] = r.fingerprint;
  ordered_json notes = ordered_json::array();
  for (const rules::Note &n : f.notes) {
    ordered_json note = location(n.loc);
    note["message"] = n.message;
    notes.push_back(std::move(note));
  }
  out["notes"] = std::move(notes);
  return out;
}

namespace {

// The translation units msglint could not fully analyse.
ordered_json incomplete(const graph::Model &model) {
  std::vector<const graph::TranslationUnitStatus *> tus;
  for (const graph::TranslationUnitStatus &tu : model.translationUnits)
    if (tu.errorCount > 0 || !tu.failure.empty())
      tus.push_back(&tu);
  std::sort(tus.begin(), tus.end(), [](auto *a, auto *b) { return a->file < b->file; });
  ordered_json out = ordered_json::array();
  for (const graph::TranslationUnitStatus *tu : tus) {
    ordered_json errors = ordered_json::array();
    for (const facts::CompileError &e : tu->errors) {
      ordered_json error = location(e.loc);
      error["message"] = e.message;
      errors.push_back(std::move(error));
    }
    ordered_json entry = {{"file", tu->file},
                          {"compileErrors", tu->errorCount},
                          {"errors", std::move(errors)}};
    if (!tu->failure.empty())
      entry["failure"] = tu->failure;
    out.push_back(std::move(entry));
  }
  return out;
}

} // namespace

std::string writeFindingsJson(const CheckReport &report) {
  ordered_json findings = ordered_json::array();
  for (const Result &r : report.results)
    findings.push_back(findingJson(r));
  ordered_json doc = {
      {"msglintFindings", kFindingsJsonVersion},
      {"tool", {{"name", "msglint"}, {"version", report.toolVersion}}},
      {"findings", std::move(findings)},
      {"summary",
       {{"findings", report.results.size()},
        {"suppressed", report.suppressed},
        {"translationUnits", report.model->translationUnits.size()},
        {"services", report.model->services.size()}}},
      {"incomplete", incomplete(*report.model)}};
  if (report.baseline) {
    ordered_json stale = ordered_json::array();
    for (const BaselineEntry &e : report.baseline->stale)
      stale.push_back({{"fingerprint", e.fingerprint},
                       {"rule", e.rule},
                       {"file", e.file},
                       {"message", e.message}});
    doc["baseline"] = {{"matched", report.baseline->matched}, {"stale", std::move(stale)}};
  }
  return doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

} // namespace msglint::report
