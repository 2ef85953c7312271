#include "extract/SharedPreambles.h"

#include "extract/ClangCommand.h"
#include "extract/FileClassifier.h"
#include "extract/PreambleIncludes.h"

#include <llvm/ADT/StringSet.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/Process.h>

namespace msglint::extract {

struct SharedPreambles::Group {
  std::vector<std::string> args; // a member's command line without its source file
  std::string directory;
  size_t members = 0; // planned TUs that open with these includes
  std::mutex mutex;   // held while the PCH is built
  enum class State { Unbuilt, Ready, Unusable } state = State::Unbuilt;
  bool rebuilt = false;
  SharedPreamble preamble;
};

namespace {

// The bytes of a main file that can hold its leading includes. Below
// MemoryBuffer's 16 KiB threshold, so they are read, not mapped: a mapping
// past the end of a shorter file faults (SIGBUS) when read.
constexpr uint64_t kHeadBytes = 8 * 1024;

bool isCxxSource(llvm::StringRef file) {
  static const llvm::StringSet<> extensions = {".cpp", ".cc", ".cxx", ".c++", ".C", ".cp"};
  return extensions.contains(llvm::sys::path::extension(file));
}

// Flags that would make the PCH, or the TU's use of it, differ from a
// plain build of the synthetic header: another prefix header, another
// language, flags passed straight to the frontend, modules.
bool conflictsWithPch(llvm::StringRef arg) {
  for (llvm::StringRef prefix : {"-include", "--include", "-imacros", "--imacros", "-x", "-Xclang",
                                 "-fmodules", "--language"})
    if (arg.starts_with(prefix))
      return true;
  return false;
}

// The command's arguments without its source file; empty when the file
// is not there exactly once or a flag conflicts with a PCH.
std::vector<std::string> argsWithoutSource(const clang::tooling::CompileCommand &command,
                                           const ExtractOptions &options) {
  std::vector<std::string> args = commandLine(command, options);
  std::string source = normalisePath(command.Filename, command.Directory);
  std::vector<std::string> kept;
  size_t sources = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    if (i > 0 && conflictsWithPch(args[i]))
      return {};
    if (i > 0 && !llvm::StringRef(args[i]).starts_with("-") &&
        normalisePath(args[i], command.Directory) == source) {
      ++sources;
      continue;
    }
    kept.push_back(args[i]);
  }
  return sources == 1 ? kept : std::vector<std::string>{};
}

} // namespace

SharedPreambles::SharedPreambles(CachedExtraction &cached, const ExtractOptions &options)
    : cached(cached), options(options) {}

SharedPreambles::~SharedPreambles() = default;

void SharedPreambles::plan(const std::vector<const clang::tooling::CompileCommand *> &toParse) {
  // An editor's unsaved buffer could be one of the headers.
  if (!options.unsavedFiles.empty())
    return;
  for (const clang::tooling::CompileCommand *command : toParse) {
    if (!isCxxSource(command->Filename))
      continue;
    auto head = llvm::MemoryBuffer::getFileSlice(command->Filename, kHeadBytes, 0);
    if (!head)
      continue;
    std::vector<std::string> includes = leadingAngledIncludes((*head)->getBuffer());
    std::vector<std::string> args = includes.empty() ? std::vector<std::string>{}
                                                     : argsWithoutSource(*command, options);
    if (args.empty())
      continue;
    std::string headerText;
    for (const std::string &include : includes)
      headerText += "#include <" + include + ">\n";
    std::string pch = cached.cache.pchPath(
        preambleKey(args, command->Directory, headerText, options, cached.toolIdentity));
    std::unique_ptr<Group> &group = groups[pch];
    if (!group) {
      group = std::make_unique<Group>();
      group->args = std::move(args);
      group->directory = command->Directory;
      llvm::SmallString<256> header(pch);
      llvm::sys::path::replace_extension(header, "h");
      group->preamble = {pch, {std::string(header), headerText}};
    }
    ++group->members;
    groupOfCommand[command] = group.get();
  }
}

const SharedPreamble *SharedPreambles::forCommand(const clang::tooling::CompileCommand &command) {
  auto found = groupOfCommand.find(&command);
  if (found == groupOfCommand.end())
    return nullptr;
  Group &group = *found->second;
  std::lock_guard<std::mutex> lock(group.mutex);
  if (group.state == Group::State::Unbuilt) {
    bool ready = false;
    if (llvm::sys::fs::exists(group.preamble.pch)) {
      facts::markRecentlyUsed(group.preamble.pch); // the last to go when trimmed
      ready = true;
    } else if (group.members >= 2) {
      ready = build(group);
    }
    group.state = ready ? Group::State::Ready : Group::State::Unusable;
  }
  return group.state == Group::State::Ready ? &group.preamble : nullptr;
}

void SharedPreambles::rejected(const SharedPreamble &preamble) {
  Group &group = *groups.at(preamble.pch);
  std::lock_guard<std::mutex> lock(group.mutex);
  if (group.state != Group::State::Ready)
    return;
  llvm::sys::fs::remove(group.preamble.pch);
  group.state = group.rebuilt ? Group::State::Unusable : Group::State::Unbuilt;
  group.rebuilt = true;
}

// Written to a temporary file in the cache and renamed, so that a parse in
// another run reads a whole PCH or none.
bool SharedPreambles::build(Group &group) {
  if (!cached.cache.prepareForWrite())
    return false;
  llvm::SmallString<256> temp;
  int fd = -1;
  if (llvm::sys::fs::createUniqueFile(group.preamble.pch + ".tmp-%%%%%%", fd, temp))
    return false;
  llvm::sys::Process::SafelyCloseFileDescriptor(fd);
  std::string problem = buildPreamblePch(group.args, group.directory, group.preamble.header,
                                         options, std::string(temp));
  if (problem.empty() && !llvm::sys::fs::rename(temp, group.preamble.pch)) {
    cached.cache.pchWritten();
    ++pchsBuilt;
    return true;
  }
  llvm::sys::fs::remove(temp);
  return false;
}

} // namespace msglint::extract
