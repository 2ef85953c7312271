// The steps every subcommand shares: find the project, load its config and
// compile database, extract the TUs and link them.
#pragma once

#include "config/Config.h"
#include "extract/CompileDatabase.h"
#include "extract/ExtractOptions.h"
#include "extract/Extractor.h"
#include "graph/Model.h"
#include "rules/Rule.h"

#include <chrono>
#include <ctime>
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
  // The facts cache (docs/performance.md#the-facts-cache).
  std::string cacheDir; // empty: BUILD_DIR/.msglint-cache
  bool noCache = false;
  unsigned cacheSizeMb = 1024;
  // Parse TUs that open with the same system includes with one PCH of them,
  // kept in the cache (docs/performance.md#the-shared-precompiled-preamble).
  bool noPch = false;
  bool verbose = false; // say how many TUs were analysed, taken from the cache
  bool parseAllBodies = false; // skip nothing (to check that skipping changes no fact)
};

// `msglint link`: facts files that extract wrote, instead of a compile database.
struct LinkOptions {
  std::string root; // required: the facts' paths are absolute
  std::string configFile;
  std::vector<std::string> inputs; // facts files, or folders of them (*.json)
  unsigned jobs = 0;
  bool verbose = false; // say how long reading and linking took
};

struct Project {
  std::string buildDir; // absolute, the folder of compile_commands.json
  std::string root;
  config::Config config;
  std::unique_ptr<extract::CompileDatabase> database; // null for `link`
  std::vector<clang::tooling::CompileCommand> commands; // the TUs to analyse
};

Project openProject(const ProjectOptions &options);
// Reads and parses a `.msglint.yaml`; throws UsageError.
config::Config loadConfig(const std::string &path);
// The root and configuration of `link` (no compile database).
Project openFacts(const LinkOptions &options);
// Reads the facts files (in parallel) and links them.
graph::Model linkFacts(const Project &project, const LinkOptions &options);
// What extract needs to know of the project (its root, config, Clang's
// headers) and of the options (what to skip).
extract::ExtractOptions extractOptions(const Project &project, const ProjectOptions &options);
// Extracts every TU to analyse (through the cache unless options.noCache),
// in the order of project.commands. `inputs`, when given, receives each
// TU's project files (extract::ExtractStats::inputs).
std::vector<facts::TranslationUnit>
extractProject(const Project &project, const ProjectOptions &options,
               std::vector<std::vector<std::string>> *inputs = nullptr);
// Extracts and links.
graph::Model analyse(const Project &project, const ProjectOptions &options);

// The build directory -p names (it may name compile_commands.json itself).
std::string buildDirectory(const std::string &option);
// --cache-dir, else BUILD_DIR/.msglint-cache.
std::string cacheDirectory(const ProjectOptions &options);

// For `-v`: the wall time since it was made, and the CPU time of every
// thread of the process, which on a loaded machine says more.
class Stopwatch {
public:
  Stopwatch();
  std::string elapsed() const; // "1.23 s (2.01 s CPU)"

private:
  std::chrono::steady_clock::time_point wall;
  std::clock_t cpu;
};

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
