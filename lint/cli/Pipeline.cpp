#include "cli/Pipeline.h"

#include "extract/CachedExtraction.h"
#include "extract/Extractor.h"
#include "extract/FileClassifier.h"
#include "cli/FactsFiles.h"
#include "facts/FactsJson.h"
#include "facts/ParallelFor.h"
#include "graph/ConfigDeclarations.h"
#include "graph/Link.h"
#include "report/Suppressions.h"
#include "report/TextReport.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <set>
#include <thread>

#ifndef MSGLINT_VERSION
#error "MSGLINT_VERSION must be defined by the build"
#endif
#ifndef MSGLINT_CLANG_RESOURCE_DIR
#error "MSGLINT_CLANG_RESOURCE_DIR must be defined by the build"
#endif

namespace msglint::cli {
namespace {

// The nearest ancestor (or self) of `dir` holding .msglint.yaml or .git.
std::optional<std::string> markedAncestor(llvm::StringRef start) {
  llvm::SmallString<256> dir(start);
  while (!dir.empty()) {
    for (const char *marker : {".msglint.yaml", ".git"}) {
      llvm::SmallString<256> candidate(dir);
      llvm::sys::path::append(candidate, marker);
      if (llvm::sys::fs::exists(candidate))
        return std::string(dir);
    }
    llvm::StringRef parent = llvm::sys::path::parent_path(dir);
    if (parent == dir)
      break;
    dir = parent;
  }
  return std::nullopt;
}

// The deepest folder holding every source outside the build directory
// (generated code usually lives in the build directory).
std::string commonSourceFolder(const extract::CompileDatabase &db, llvm::StringRef buildDir) {
  std::optional<std::string> common;
  for (const auto &command : db.commands) {
    llvm::StringRef file = command.Filename;
    if (file.starts_with(buildDir) && file.substr(buildDir.size()).starts_with("/"))
      continue;
    std::string folder = llvm::sys::path::parent_path(file).str();
    if (!common) {
      common = folder;
      continue;
    }
    while (!(llvm::StringRef(folder) == *common ||
             (llvm::StringRef(folder).starts_with(*common) &&
              (common->back() == '/' || folder[common->size()] == '/'))))
      *common = llvm::sys::path::parent_path(*common).str();
  }
  return common.value_or(llvm::sys::path::parent_path(buildDir).str());
}

// --root, else the nearest ancestor of the sources with a marker
// (.msglint.yaml or .git), else the build directory's, else the folder
// holding all sources. Starting from the sources makes a build directory
// outside the project (or inside another repository) find the right root.
std::string findRoot(const std::string &buildDir, const extract::CompileDatabase &db) {
  std::string sources = commonSourceFolder(db, buildDir);
  if (auto root = markedAncestor(sources))
    return *root;
  return markedAncestor(buildDir).value_or(sources);
}

} // namespace

config::Config loadConfig(const std::string &path) {
  std::string error;
  auto config = config::readConfigFile(path, error);
  if (!config)
    throw UsageError(error);
  return *config;
}

namespace {

// The cached facts of one msglint build are not those of another, even of
// the same version: the executable's size and time tell builds apart.
std::string toolIdentity() {
  std::string identity = "msglint " MSGLINT_VERSION;
  std::string exe = llvm::sys::fs::getMainExecutable(nullptr, (void *)&toolIdentity);
  llvm::sys::fs::file_status status;
  if (!exe.empty() && !llvm::sys::fs::status(exe, status))
    identity += " " + exe + " " + std::to_string(status.getSize()) + " " +
                std::to_string(status.getLastModificationTime().time_since_epoch().count());
  return identity;
}

// --config, else .msglint.yaml found upward from the root, else none.
config::Config projectConfig(const std::string &root, std::string path) {
  if (path.empty())
    path = config::findConfigFile(root).value_or("");
  return path.empty() ? config::Config{} : loadConfig(path);
}

unsigned threads(unsigned jobs) {
  return jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
}

} // namespace

std::string buildDirectory(const std::string &option) {
  std::string buildDir = extract::normalisePath(option);
  // -p may name compile_commands.json itself, as clang-tidy allows.
  if (llvm::sys::path::filename(buildDir) == "compile_commands.json" &&
      llvm::sys::fs::is_regular_file(buildDir))
    buildDir = llvm::sys::path::parent_path(buildDir).str();
  return buildDir;
}

std::string cacheDirectory(const ProjectOptions &options) {
  if (!options.cacheDir.empty())
    return extract::normalisePath(options.cacheDir);
  llvm::SmallString<256> dir(buildDirectory(options.buildDir));
  llvm::sys::path::append(dir, ".msglint-cache");
  return std::string(dir);
}

Project openProject(const ProjectOptions &options) {
  Project project;
  std::string buildDir = buildDirectory(options.buildDir);
  project.buildDir = buildDir;
  if (!llvm::sys::fs::is_directory(buildDir))
    throw UsageError(options.buildDir + ": no such directory (-p names the build directory "
                                        "holding compile_commands.json)");
  std::string error;
  project.database = extract::loadCompileDatabase(buildDir, error);
  if (!project.database)
    throw UsageError(error);

  if (!options.root.empty()) {
    project.root = extract::normalisePath(options.root);
    if (!llvm::sys::fs::is_directory(project.root))
      throw UsageError(options.root + ": --root is not a directory");
  } else {
    project.root = findRoot(buildDir, *project.database);
  }
  project.config = projectConfig(project.root, options.configFile);

  if (options.files.empty()) {
    project.commands = project.database->commands;
    for (const auto &command : project.commands)
      if (!llvm::sys::fs::exists(command.Filename))
        throw UsageError(project.database->path + ": " + command.Filename +
                         ": no such file (is the compile database out of date?)");
    return project;
  }
  std::set<std::string> wanted;
  for (const std::string &file : options.files) {
    std::string path = extract::normalisePath(file);
    if (!llvm::sys::fs::exists(path))
      throw UsageError(file + ": no such file");
    bool found = false;
    for (const auto &command : project.database->commands)
      found = found || command.Filename == path;
    if (!found)
      throw UsageError(file + ": not in " + project.database->path);
    wanted.insert(path);
  }
  for (const auto &command : project.database->commands)
    if (wanted.count(command.Filename))
      project.commands.push_back(command);
  return project;
}

extract::ExtractOptions extractOptions(const Project &project, const ProjectOptions &options) {
  extract::ExtractOptions how;
  how.root = project.root;
  how.generatedGlobs = project.config.generated;
  how.apis = project.config.apis;
  how.resourceDir = MSGLINT_CLANG_RESOURCE_DIR;
  how.skipUnneeded = !options.parseAllBodies;
  return how;
}

std::vector<facts::TranslationUnit>
extractProject(const Project &project, const ProjectOptions &options,
               std::vector<std::vector<std::string>> *inputs) {
  extract::ExtractOptions how = extractOptions(project, options);
  unsigned jobs = threads(options.jobs);
  std::optional<facts::FactsCache> cache;
  std::optional<extract::CachedExtraction> cached;
  if (!options.noCache) {
    cache.emplace(cacheDirectory(options), uint64_t(options.cacheSizeMb) << 20);
    cached.emplace(*cache, toolIdentity());
    cached->sharePreambles = !options.noPch;
  }
  extract::ExtractStats stats;
  auto tus = extract::extractAll(project.commands, how, jobs, cached ? &*cached : nullptr, &stats);
  if (cache && !cache->warning().empty())
    std::cerr << "msglint: warning: " << cache->warning()
              << "; the facts are not cached (give a writable --cache-dir, or --no-cache)\n";
  if (options.verbose) {
    for (const std::string &file : stats.analysed)
      std::cerr << "msglint: analysed " << graph::relativeToRoot(file, project.root) << "\n";
    std::cerr << "msglint: " << project.commands.size() << " translation units: "
              << stats.analysed.size() << " analysed, " << stats.fromCache << " from the cache, "
              << stats.generated << " generated (not parsed)";
    if (cache)
      std::cerr << "; cache " << cache->directory();
    std::cerr << "\n";
    if (stats.withPreamble)
      std::cerr << "msglint: " << stats.withPreamble
                << " of them parsed with a shared precompiled preamble (" << stats.preamblesBuilt
                << " built)\n";
  }
  if (inputs)
    *inputs = std::move(stats.inputs);
  return tus;
}

graph::Model analyse(const Project &project, const ProjectOptions &options) {
  std::vector<facts::TranslationUnit> tus = extractProject(project, options);
  graph::Model model = graph::link(std::move(tus), project.root, project.config);
  // A declaration that matched nothing is worth saying only when every TU
  // was looked at.
  if (project.commands.size() == project.database->commands.size())
    model.configWarnings = graph::unusedApiDeclarations(project.config, model);
  return model;
}

std::vector<rules::ConfiguredRule> configured(const Project &project) {
  std::string error;
  auto rules = rules::configureRules(project.config, error);
  if (!rules)
    throw UsageError(error);
  return *rules;
}

std::vector<rules::Finding> reportedFindingsOf(const graph::Model &model,
                                               const std::vector<rules::ConfiguredRule> &rules,
                                               size_t &suppressed,
                                               std::set<const facts::Suppression *> *used) {
  std::vector<rules::Finding> findings = rules::runRules(model, rules);
  suppressed = report::applySuppressions(model, findings, used);
  report::sortFindings(findings);
  return findings;
}

Project openFacts(const LinkOptions &options) {
  Project project;
  project.root = extract::normalisePath(options.root);
  if (!llvm::sys::fs::is_directory(project.root))
    throw UsageError(options.root + ": --root is not a directory");
  project.config = projectConfig(project.root, options.configFile);
  return project;
}

graph::Model linkFacts(const Project &project, const LinkOptions &options) {
  Stopwatch reading;
  std::vector<std::string> files = factsFiles(options.inputs);
  std::vector<facts::TranslationUnit> tus(files.size());
  std::vector<std::string> errors(files.size());
  facts::parallelFor(files.size(), threads(options.jobs), [&](size_t i) {
    auto buffer = llvm::MemoryBuffer::getFile(files[i]);
    if (!buffer) {
      errors[i] = files[i] + ": " + buffer.getError().message();
      return;
    }
    std::string error;
    if (auto tu = facts::readFactsJson((*buffer)->getBuffer(), error))
      tus[i] = std::move(*tu);
    else
      errors[i] = files[i] + ": not msglint facts: " + error;
  });
  for (const std::string &error : errors)
    if (!error.empty())
      throw UsageError(error);
  std::string read = reading.elapsed();
  Stopwatch linking;
  graph::Model model = graph::link(std::move(tus), project.root, project.config);
  model.configWarnings = graph::unusedApiDeclarations(project.config, model);
  if (options.verbose)
    std::cerr << "msglint: read " << files.size() << " facts files in " << read
              << ", linked them in " << linking.elapsed() << "\n";
  return model;
}

Stopwatch::Stopwatch() : wall(std::chrono::steady_clock::now()), cpu(std::clock()) {}

std::string Stopwatch::elapsed() const {
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall).count();
  double cpuSeconds = double(std::clock() - cpu) / CLOCKS_PER_SEC;
  char text[64];
  std::snprintf(text, sizeof text, "%.2f s (%.2f s CPU)", seconds, cpuSeconds);
  return text;
}

void writeOutput(const std::string &path, const std::string &text) {
  if (path.empty() || path == "-") {
    // A full disk or a closed pipe must not pass for a run that wrote its report.
    errno = 0;
    std::cout << text << std::flush;
    if (!std::cout) {
      std::string reason = errno ? std::strerror(errno) : "write error";
      std::cout.clear();
      throw UsageError("standard output: cannot write: " + reason);
    }
    return;
  }
  if (llvm::sys::fs::is_directory(path))
    throw UsageError(path + ": is a directory");
  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec);
  if (ec)
    throw UsageError(path + ": cannot write: " + ec.message());
  out << text;
  out.close();
  if (out.has_error()) {
    std::string message = out.error().message();
    out.clear_error();
    throw UsageError(path + ": cannot write: " + message);
  }
}

} // namespace msglint::cli
