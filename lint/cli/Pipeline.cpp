#include "cli/Pipeline.h"

#include "extract/Extractor.h"
#include "extract/FileClassifier.h"
#include "graph/ConfigDeclarations.h"
#include "graph/Link.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <iostream>
#include <optional>
#include <set>
#include <thread>

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
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer)
    throw UsageError(path + ": " + buffer.getError().message());
  std::string error;
  auto config = config::parseConfig((*buffer)->getBuffer().str(), path, error);
  if (!config)
    throw UsageError(error);
  return *config;
}

Project openProject(const ProjectOptions &options) {
  Project project;
  std::string buildDir = extract::normalisePath(options.buildDir);
  // -p may name compile_commands.json itself, as clang-tidy allows.
  if (llvm::sys::path::filename(buildDir) == "compile_commands.json" &&
      llvm::sys::fs::is_regular_file(buildDir))
    buildDir = llvm::sys::path::parent_path(buildDir).str();
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
  std::string configPath = options.configFile;
  if (configPath.empty())
    configPath = config::findConfigFile(project.root).value_or("");
  if (!configPath.empty())
    project.config = loadConfig(configPath);

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

extract::ExtractOptions extractOptions(const Project &project) {
  extract::ExtractOptions options;
  options.root = project.root;
  options.generatedGlobs = project.config.generated;
  options.apis = project.config.apis;
  options.resourceDir = MSGLINT_CLANG_RESOURCE_DIR;
  return options;
}

graph::Model analyse(const Project &project, unsigned jobs) {
  extract::ExtractOptions options = extractOptions(project);
  if (jobs == 0)
    jobs = std::max(1u, std::thread::hardware_concurrency());
  auto tus = extract::extractAll(project.commands, options, jobs);
  graph::Model model = graph::link(tus, project.root, project.config);
  // A declaration that matched nothing is worth saying only when every TU
  // was looked at.
  if (project.commands.size() == project.database->commands.size())
    model.configWarnings = graph::unusedApiDeclarations(project.config, model);
  return model;
}

void writeOutput(const std::string &path, const std::string &text) {
  if (path.empty() || path == "-") {
    std::cout << text << std::flush;
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
