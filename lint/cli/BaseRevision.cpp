#include "cli/BaseRevision.h"

#include "extract/CompileDatabase.h"
#include "extract/FileClassifier.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Program.h>

#include <optional>

namespace msglint::cli {
namespace {

// Runs git with `args`; returns its stdout, or throws UsageError with its
// stderr. No hook of the repository runs (a checkout runs post-checkout):
// msglint runs no code of the project (docs/security.md).
std::string git(const std::vector<std::string> &args, const std::string &scratch) {
  auto program = llvm::sys::findProgramByName("git");
  if (!program)
    throw UsageError("--base-rev needs git on PATH");
  std::vector<llvm::StringRef> argv{*program, "-c", "core.hooksPath=/dev/null"};
  for (const std::string &a : args)
    argv.push_back(a);
  std::string out = scratch + ".out", err = scratch + ".err";
  std::optional<llvm::StringRef> redirects[] = {std::nullopt, llvm::StringRef(out),
                                                llvm::StringRef(err)};
  std::string why;
  int code = llvm::sys::ExecuteAndWait(*program, argv, std::nullopt, redirects, 0, 0, &why);
  auto read = [](const std::string &path) {
    auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
    std::string text = buffer ? (*buffer)->getBuffer().str() : "";
    llvm::sys::fs::remove(path);
    return text;
  };
  std::string stdoutText = read(out), stderrText = read(err);
  if (code != 0) {
    std::string first = llvm::StringRef(stderrText).split('\n').first.trim().str();
    throw UsageError("--base-rev: git " + args[2] + " failed: " +
                     (first.empty() ? why : first));
  }
  return stdoutText;
}

// The worktree `tree`, and the directory `dir` holding it, removed when
// this goes out of scope.
class Worktree {
public:
  Worktree(std::string repo, std::string tree, std::string dir, std::string scratch)
      : repo(std::move(repo)), tree(std::move(tree)), dir(std::move(dir)),
        scratch(std::move(scratch)) {}
  ~Worktree() {
    try {
      git({"-C", repo, "worktree", "remove", "--force", tree}, scratch);
    } catch (const UsageError &) {
    }
    // Should the removal fail, the directory goes anyway; `git worktree
    // prune` then clears the entry (msglint leaves the others' alone).
    llvm::sys::fs::remove_directories(dir);
  }
  Worktree(const Worktree &) = delete;
  Worktree &operator=(const Worktree &) = delete;

private:
  std::string repo, tree, dir, scratch;
};

// `text` with the path `from` (and what is below it) moved to `to`, except
// what is inside `keep`.
std::string rebase(const std::string &text, const std::string &from, const std::string &to,
                   const std::string &keep) {
  size_t at = text.find(from);
  if (at == std::string::npos)
    return text;
  llvm::StringRef rest = llvm::StringRef(text).substr(at);
  if (rest.size() > from.size() && rest[from.size()] != '/')
    return text; // a sibling with a longer name: /repo-old
  if (rest.starts_with(keep) && (rest.size() == keep.size() || rest[keep.size()] == '/'))
    return text;
  return text.substr(0, at) + to + text.substr(at + from.size());
}

} // namespace

void withBaseRevision(const Project &head, const ProjectOptions &options,
                      const std::string &revision, const std::function<void(Project &)> &use) {
  // A revision is never read as one of git's options.
  if (revision.empty() || revision[0] == '-')
    throw UsageError("--base-rev: '" + revision + "' is not a revision");
  const std::string buildDir = llvm::sys::path::parent_path(head.database->path).str();
  llvm::SmallString<256> dir;
  if (std::error_code ec = llvm::sys::fs::createUniqueDirectory(buildDir + "/msglint-base", dir))
    throw UsageError(buildDir + ": cannot make a directory for --base-rev: " + ec.message());
  const std::string scratch = std::string(dir) + ".git";
  std::string top;
  try {
    top = llvm::StringRef(git({"-C", head.root, "rev-parse", "--show-toplevel"}, scratch))
              .trim()
              .str();
  } catch (const UsageError &) {
    llvm::sys::fs::remove_directories(dir);
    throw UsageError("--base-rev: " + head.root + " is not in a git work tree");
  }
  top = extract::normalisePath(top);
  const std::string tree = std::string(dir) + "/tree";
  try {
    git({"-C", top, "worktree", "add", "--detach", "--quiet", tree, revision}, scratch);
  } catch (...) {
    llvm::sys::fs::remove_directories(dir);
    throw;
  }
  Worktree cleanup(top, tree, std::string(dir), scratch);

  Project base;
  base.root = rebase(head.root, top, tree, buildDir);
  std::string configPath = options.configFile;
  if (configPath.empty())
    configPath = config::findConfigFile(base.root).value_or("");
  if (!configPath.empty())
    base.config = loadConfig(configPath);
  base.database = std::make_unique<extract::CompileDatabase>();
  base.database->path = head.database->path;
  for (clang::tooling::CompileCommand command : head.commands) {
    command.Filename = rebase(command.Filename, top, tree, buildDir);
    if (!llvm::sys::fs::exists(command.Filename))
      continue; // not in the revision
    command.Directory = rebase(command.Directory, top, tree, buildDir);
    for (std::string &arg : command.CommandLine)
      arg = rebase(arg, top, tree, buildDir);
    base.database->commands.push_back(command);
  }
  base.commands = base.database->commands;
  use(base);
}

} // namespace msglint::cli
