// `check --changed FILE...` (the pre-commit hook, docs/performance.md#pre-commit):
// the whole project is analysed (the cache makes that cheap) and linked,
// so whole-graph rules see every service, but only the findings that
// touch a changed file are reported.
#pragma once

#include "report/Baseline.h"
#include "report/Result.h"

#include <set>
#include <string>
#include <vector>

namespace msglint::cli {

// The changed files as findings name them: relative to `root` when inside.
std::set<std::string> changedPaths(const std::vector<std::string> &files,
                                   const std::string &root);

// Keeps the results whose location, or the location of one of their notes
// (a hop of a chain, a member of a cycle), is in a changed file. Returns
// how many there were before.
size_t keepTouching(std::vector<report::Result> &results, const std::set<std::string> &changed);

// Keeps the stale baseline entries of changed files: the others were not
// looked at.
void keepTouching(std::vector<report::BaselineEntry> &stale, const std::set<std::string> &changed);

} // namespace msglint::cli
