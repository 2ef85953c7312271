#include "cli/ChangedFiles.h"

#include "extract/FileClassifier.h"
#include "graph/Link.h"

#include <algorithm>

namespace msglint::cli {

std::set<std::string> changedPaths(const std::vector<std::string> &files,
                                   const std::string &root) {
  std::set<std::string> paths;
  for (const std::string &file : files)
    paths.insert(graph::relativeToRoot(extract::normalisePath(file), root));
  return paths;
}

size_t keepTouching(std::vector<report::Result> &results, const std::set<std::string> &changed) {
  size_t before = results.size();
  std::erase_if(results, [&](const report::Result &r) {
    if (changed.count(r.finding.loc.file))
      return false;
    return std::none_of(r.finding.notes.begin(), r.finding.notes.end(),
                        [&](const rules::Note &n) { return changed.count(n.loc.file) > 0; });
  });
  return before;
}

void keepTouching(std::vector<report::BaselineEntry> &stale, const std::set<std::string> &changed) {
  std::erase_if(stale, [&](const report::BaselineEntry &e) { return !changed.count(e.file); });
}

} // namespace msglint::cli
