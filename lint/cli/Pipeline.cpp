#include "cli/Pipeline.h"

#include "extract/Extractor.h"
#include "extract/FileClassifier.h"
#include "graph/Link.h"

#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <iostream>
#include <set>
#include <thread>

#ifndef MSGLINT_CLANG_RESOURCE_DIR
#error "MSGLINT_CLANG_RESOURCE_DIR must be defined by the build"
#endif

namespace msglint::cli {
namespace {

// The nearest ancestor of the build directory holding .msglint.yaml or
// .git, else the build directory's parent.
std::string discoverRoot(const std::string &buildDir) {
  llvm::SmallString<256> dir(buildDir);
  while (true) {
    for (const char *marker : {".msglint.yaml", ".git"}) {
      llvm::SmallString<256> candidate(dir);
      llvm::sys::path::append(candidate, marker);
      if (llvm::sys::fs::exists(candidate))
        return std::string(dir);
    }
    llvm::StringRef parent = llvm::sys::path::parent_path(dir);
    if (parent.empty() || parent == dir)
      break;
    dir = parent;
  }
  return std::string(llvm::sys::path::parent_path(buildDir));
}

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

} // namespace

Project openProject(const ProjectOptions &options) {
  Project project;
  std::string buildDir = extract::normalisePath(options.buildDir);
  if (!llvm::sys::fs::is_directory(buildDir))
    throw UsageError(options.buildDir + ": no such directory (-p names the build directory "
                                        "holding compile_commands.json)");
  if (!options.root.empty()) {
    project.root = extract::normalisePath(options.root);
    if (!llvm::sys::fs::is_directory(project.root))
      throw UsageError(options.root + ": --root is not a directory");
  } else {
    project.root = discoverRoot(buildDir);
  }
  std::string configPath = options.configFile;
  if (configPath.empty())
    configPath = config::findConfigFile(project.root).value_or("");
  if (!configPath.empty())
    project.config = loadConfig(configPath);

  std::string error;
  project.database = extract::loadCompileDatabase(buildDir, error);
  if (!project.database)
    throw UsageError(error);

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

graph::Model analyse(const Project &project, unsigned jobs) {
  extract::ExtractOptions options;
  options.root = project.root;
  options.generatedGlobs = project.config.generated;
  options.resourceDir = MSGLINT_CLANG_RESOURCE_DIR;
  if (jobs == 0)
    jobs = std::max(1u, std::thread::hardware_concurrency());
  auto tus = extract::extractAll(project.commands, options, jobs);
  return graph::link(tus, project.root, project.config);
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
