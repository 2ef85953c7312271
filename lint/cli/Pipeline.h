// The steps every subcommand shares: find the project, load its config and
// compile database, extract the TUs and link them.
#pragma once

#include "config/Config.h"
#include "extract/CompileDatabase.h"
#include "extract/ExtractOptions.h"
#include "graph/Model.h"
#include "rules/Rule.h"

#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace msglint::cli {

// A problem with what the user gave us: printed as one line, exit 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ProjectOptions {
  std::string buildDir;
  std::string root;       // empty: discover
  std::string configFile; // empty: discover
  std::vector<std::string> files;
  unsigned jobs = 0; // 0: one per core
};

struct Project {
  std::string root;
  config::Config config;
  std::unique_ptr<extract::CompileDatabase> database;
  std::vector<clang::tooling::CompileCommand> commands; // the TUs to analyse
};

Project openProject(const ProjectOptions &options);
// What extract needs to know of the project (its root, config, Clang's headers).
extract::ExtractOptions extractOptions(const Project &project);
graph::Model analyse(const Project &project, unsigned jobs);

// The rules this project's config enables, with their settings.
std::vector<rules::ConfiguredRule> configured(const Project &project);

// What a run reports: the enabled rules' findings, less the suppressed
// ones (counted in `suppressed`), sorted. `used`, when given, collects the
// suppression comments that suppressed something.
std::vector<rules::Finding> reportedFindingsOf(const graph::Model &model,
                                               const std::vector<rules::ConfiguredRule> &rules,
                                               size_t &suppressed,
                                               std::set<const facts::Suppression *> *used = nullptr);

// Writes `text` to `path`, or stdout when path is empty or "-".
void writeOutput(const std::string &path, const std::string &text);

} // namespace msglint::cli
