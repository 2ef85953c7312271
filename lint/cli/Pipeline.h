// The steps every subcommand shares: find the project, load its config and
// compile database, extract the TUs and link them.
#pragma once

#include "config/Config.h"
#include "extract/CompileDatabase.h"
#include "extract/ExtractOptions.h"
#include "graph/Model.h"

#include <memory>
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
// Reads and parses a `.msglint.yaml`; throws UsageError.
config::Config loadConfig(const std::string &path);
// What extract needs to know of the project (its root, config, Clang's headers).
extract::ExtractOptions extractOptions(const Project &project);
graph::Model analyse(const Project &project, unsigned jobs);

// Writes `text` to `path`, or stdout when path is empty or "-".
void writeOutput(const std::string &path, const std::string &text);

} // namespace msglint::cli
