#include "extract/ClangCommand.h"

#include <clang/Driver/Options.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <llvm/Option/ArgList.h>
#include <llvm/Option/OptTable.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>

namespace msglint::extract {
namespace {

// GCC's own options (-fipa-pta, -fconserve-stack) change nothing in what
// Clang parses, but one its driver does not know is an error, which would
// make every TU of a GCC build one "with compile errors": they are left
// out, as -Wno-unknown-warning-option leaves out GCC's warnings. (Not in
// clang-cl mode, whose options are another table.)
std::vector<std::string> withoutUnknownOptions(std::vector<std::string> args) {
  if (args.size() < 2 || llvm::StringRef(args[0]).contains_insensitive("clang-cl") ||
      llvm::sys::path::stem(args[0]).equals_insensitive("cl"))
    return args;
  std::vector<const char *> argv;
  for (size_t i = 1; i < args.size(); ++i)
    argv.push_back(args[i].c_str());
  unsigned missingIndex = 0, missingCount = 0;
  llvm::opt::InputArgList parsed = clang::driver::getDriverOptTable().ParseArgs(
      argv, missingIndex, missingCount,
      llvm::opt::Visibility(clang::driver::options::ClangOption));
  std::vector<bool> unknown(args.size(), false);
  for (const llvm::opt::Arg *arg : parsed.filtered(clang::driver::options::OPT_UNKNOWN))
    unknown[arg->getIndex() + 1] = true;
  std::vector<std::string> kept;
  for (size_t i = 0; i < args.size(); ++i)
    if (!unknown[i])
      kept.push_back(std::move(args[i]));
  return kept;
}

} // namespace

std::vector<std::string> commandLine(const clang::tooling::CompileCommand &command,
                                     const ExtractOptions &options) {
  using namespace clang::tooling;
  ArgumentsAdjuster adjust = combineAdjusters(
      getClangStripOutputAdjuster(),
      combineAdjusters(getClangStripDependencyFileAdjuster(), getClangSyntaxOnlyAdjuster()));
  std::vector<std::string> args = withoutUnknownOptions(adjust(command.CommandLine, command.Filename));
  // After argv[0]: find Clang's own headers; tolerate other compilers'
  // flags; no "N errors generated." on stderr (errors are kept as facts).
  std::vector<std::string> extra = {"-resource-dir=" + options.resourceDir,
                                    "-Wno-unknown-warning-option", "-Qunused-arguments",
                                    "-fno-caret-diagnostics"};
  if (!args.empty())
    args.insert(args.begin() + 1, extra.begin(), extra.end());
  return args;
}

llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
withFilesOverlaid(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> disk,
                  const std::map<std::string, std::string> &files) {
  if (files.empty())
    return disk;
  auto memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  for (const auto &[path, text] : files)
    memory->addFile(path, 0, llvm::MemoryBuffer::getMemBufferCopy(text, path));
  auto overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(disk);
  overlay->pushOverlay(memory);
  return overlay;
}

} // namespace msglint::extract
