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

size_t applySuppressions(const graph::Model &model, std::vector<rules::Finding> &findings,
                         std::set<const facts::Suppression *> *used) {
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
    if (it == covering.end())
      return false;
    bool suppressed = false;
    for (const facts::Suppression *s : it->second)
      if (names(*s, f.rule)) {
        suppressed = true;
        if (used)
          used->insert(s);
      }
    return suppressed;
  });
  return before - findings.size();
}

std::vector<const facts::Suppression *>
unusedSuppressions(const graph::Model &model, const std::set<const facts::Suppression *> &used,
                   const std::vector<std::string> &enabledRules) {
  std::vector<const facts::Suppression *> out;
  for (const facts::Suppression &s : model.suppressions) {
    if (used.count(&s))
      continue;
    // Each entry must name a rule that ran, or the comment may be needed
    // by a run that enables it.
    bool allRan = !s.rules.empty() && std::all_of(s.rules.begin(), s.rules.end(), [&](const std::string &entry) {
      facts::Suppression one{s.loc, {entry}, s.sameLine, s.nextLine};
      return std::any_of(enabledRules.begin(), enabledRules.end(),
                         [&](const std::string &rule) { return names(one, rule); });
    });
    if (allRan)
      out.push_back(&s);
  }
  std::sort(out.begin(), out.end(), [](auto *a, auto *b) { return a->loc < b->loc; });
  return out;
}

} // namespace msglint::report
