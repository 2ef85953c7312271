#include "report/Suppressions.h"

#include "config/Glob.h"

#include <algorithm>
#include <map>

namespace msglint::report {
namespace {

bool names(const facts::Suppression &s, const std::string &rule) {
  for (const std::string &entry : s.rules) {
    auto pattern = config::compileGlob(entry);
    if (pattern && pattern->match(rule))
      return true;
    if (!pattern)
      llvm::consumeError(pattern.takeError());
  }
  return false;
}

} // namespace

size_t applySuppressions(const graph::Model &model, std::vector<rules::Finding> &findings) {
  // (file, line) -> suppressions covering that line
  std::map<std::pair<std::string, unsigned>, std::vector<const facts::Suppression *>> covering;
  for (const facts::Suppression &s : model.suppressions) {
    if (s.sameLine)
      covering[{s.loc.file, s.loc.line}].push_back(&s);
    if (s.nextLine)
      covering[{s.loc.file, s.loc.line + 1}].push_back(&s);
  }
  size_t before = findings.size();
  std::erase_if(findings, [&](const rules::Finding &f) {
    auto it = covering.find({f.loc.file, f.loc.line});
    return it != covering.end() &&
           std::any_of(it->second.begin(), it->second.end(),
                       [&](const facts::Suppression *s) { return names(*s, f.rule); });
  });
  return before - findings.size();
}

} // namespace msglint::report
