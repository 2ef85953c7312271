#include "report/TextReport.h"

#include <algorithm>
#include <tuple>

namespace msglint::report {
namespace {

std::string where(const facts::Location &loc) {
  return loc.file + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col);
}

} // namespace

void sortFindings(std::vector<rules::Finding> &findings) {
  std::sort(findings.begin(), findings.end(), [](const rules::Finding &a, const rules::Finding &b) {
    return std::tie(a.loc, a.rule, a.message) < std::tie(b.loc, b.rule, b.message);
  });
}

void writeText(std::ostream &out, const std::vector<rules::Finding> &findings) {
  for (const rules::Finding &f : findings) {
    out << where(f.loc) << ": " << rules::toString(f.severity) << ": " << f.message << " ["
        << f.rule << "]\n";
    for (const rules::Note &n : f.notes)
      out << where(n.loc) << ": note: " << n.message << "\n";
  }
}

void writeRunNotes(std::ostream &out, const graph::Model &model) {
  for (const graph::ConfigWarning &warning : model.configWarnings)
    out << where(warning.loc) << ": warning: " << warning.message << "\n";
  for (const graph::TranslationUnitStatus &tu : model.translationUnits) {
    if (!tu.failure.empty()) {
      out << tu.file << ": error: analysis of " << tu.file << " failed: " << tu.failure << "\n";
      continue;
    }
    if (tu.errorCount == 0)
      continue;
    out << tu.file << ": note: this translation unit has " << tu.errorCount << " compile error"
        << (tu.errorCount == 1 ? "" : "s")
        << "; msglint analysed what Clang could recover, so findings may be missing\n";
    for (const facts::CompileError &e : tu.errors)
      out << (e.loc.file.empty() ? tu.file : where(e.loc)) << ": note: compile error: "
          << e.message << "\n";
  }
}

} // namespace msglint::report
