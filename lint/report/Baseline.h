// Baselines (docs/output-formats.md#baseline): the findings accepted when
// msglint was adopted, so that only new ones are reported and fail. Entries
// hold fingerprints, never line numbers or absolute paths, so the file
// stays valid while code moves around it and in any checkout.
#pragma once

#include "report/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace msglint::report {

struct BaselineEntry {
  std::string fingerprint;
  std::string rule;
  std::string file;    // relative to the project root
  std::string message; // for the people reading the file; not matched
};

// The baseline file recording `results`: JSON, entries sorted by file,
// rule and fingerprint so that it diffs well.
std::string writeBaseline(const std::vector<Result> &results);

// Parses a baseline file; on error returns nullopt and sets `error` to a
// message naming `path` and the problem.
std::optional<std::vector<BaselineEntry>> parseBaseline(const std::string &text,
                                                        const std::string &path,
                                                        std::string &error);

struct BaselineOutcome {
  size_t matched = 0;                // results dropped because the baseline has them
  std::vector<BaselineEntry> stale;  // entries no result matched: fixed since
};

// Removes from `results` every one whose fingerprint the baseline holds
// (each entry matches at most one result) and lists the entries left over.
BaselineOutcome applyBaseline(std::vector<Result> &results,
                              const std::vector<BaselineEntry> &baseline);

} // namespace msglint::report
