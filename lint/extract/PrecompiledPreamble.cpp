#include "extract/PrecompiledPreamble.h"

#include "extract/ClangCommand.h"
#include "extract/FileClassifier.h"
#include "extract/Isolation.h"

#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendActions.h>
#include <clang/Frontend/MultiplexConsumer.h>
#include <clang/Lex/HeaderSearch.h>
#include <clang/Lex/PPCallbacks.h>
#include <clang/Lex/Preprocessor.h>
#include <clang/Tooling/Tooling.h>

namespace msglint::extract {
namespace {

// The files the synthetic header includes itself.
class DirectIncludes : public clang::PPCallbacks {
public:
  DirectIncludes(const clang::SourceManager &sm, std::vector<clang::FileEntryRef> &out)
      : sm(sm), out(out) {}
  void InclusionDirective(clang::SourceLocation hash, const clang::Token &, llvm::StringRef,
                          bool, clang::CharSourceRange, clang::OptionalFileEntryRef file,
                          llvm::StringRef, llvm::StringRef, const clang::Module *, bool,
                          clang::SrcMgr::CharacteristicKind) override {
    if (file && sm.isWrittenInMainFile(hash))
      out.push_back(*file);
  }

private:
  const clang::SourceManager &sm;
  std::vector<clang::FileEntryRef> &out;
};

// Skips exactly the bodies extract's own consumer skips.
class SkipLikeExtract : public clang::ASTConsumer {
public:
  SkipLikeExtract(const clang::SourceManager &sm, const ExtractOptions &options)
      : files(sm, options), options(options) {}
  bool shouldSkipFunctionBody(clang::Decl *decl) override {
    return options.skipUnneeded && files.ignored(decl->getLocation());
  }

private:
  FileClassifier files;
  const ExtractOptions &options;
};

class BuildPchAction : public clang::GeneratePCHAction {
public:
  BuildPchAction(const ExtractOptions &options, std::string output, std::string &problem)
      : options(options), output(std::move(output)), problem(problem) {}

  bool BeginInvocation(clang::CompilerInstance &ci) override {
    ci.getFrontendOpts().OutputFile = output;
    // Written in place: `output` is already a temporary file. Clang's own
    // temporary would install LLVM's signal handlers over those of the
    // crash recovery, and a later crash would kill the run (Isolation.h).
    ci.getFrontendOpts().UseTemporary = false;
    ci.getFrontendOpts().SkipFunctionBodies = options.skipUnneeded;
    return true;
  }

  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &ci,
                                                        llvm::StringRef file) override {
    std::unique_ptr<clang::ASTConsumer> writer = GeneratePCHAction::CreateASTConsumer(ci, file);
    if (!writer)
      return nullptr;
    ci.getPreprocessor().addPPCallbacks(
        std::make_unique<DirectIncludes>(ci.getSourceManager(), included));
    std::vector<std::unique_ptr<clang::ASTConsumer>> consumers;
    consumers.push_back(std::move(writer));
    consumers.push_back(std::make_unique<SkipLikeExtract>(ci.getSourceManager(), options));
    return std::make_unique<clang::MultiplexConsumer>(std::move(consumers));
  }

  void EndSourceFileAction() override {
    clang::CompilerInstance &ci = getCompilerInstance();
    problem = ci.getDiagnostics().hasErrorOccurred() ? "the headers do not compile"
                                                     : unsharable(ci);
    GeneratePCHAction::EndSourceFileAction();
  }

private:
  // Why the TUs could not include these headers again after the PCH as if
  // for the first time: one is the project's (its content is not checked
  // by the facts cache, nor skipped the same way), or has no include guard.
  std::string unsharable(clang::CompilerInstance &ci) const {
    const clang::SourceManager &sm = ci.getSourceManager();
    const clang::FileEntry *synthetic = sm.getFileEntryForID(sm.getMainFileID());
    for (unsigned i = 0, n = sm.local_sloc_entry_size(); i < n; ++i) {
      const clang::SrcMgr::SLocEntry &entry = sm.getLocalSLocEntry(i);
      if (!entry.isFile())
        continue;
      clang::OptionalFileEntryRef file = entry.getFile().getContentCache().OrigEntry;
      if (file && &file->getFileEntry() != synthetic &&
          entry.getFile().getFileCharacteristic() == clang::SrcMgr::C_User)
        return file->getName().str() + " is not a system header";
    }
    const clang::HeaderSearch &search = ci.getPreprocessor().getHeaderSearchInfo();
    for (clang::FileEntryRef file : included)
      if (!search.isFileMultipleIncludeGuarded(file))
        return file.getName().str() + " has no include guard";
    return "";
  }

  const ExtractOptions &options;
  const std::string output;
  std::string &problem;
  std::vector<clang::FileEntryRef> included;
};

} // namespace

std::string buildPreamblePch(const std::vector<std::string> &args, const std::string &directory,
                             const PreambleHeader &header, const ExtractOptions &options,
                             const std::string &output) {
  std::vector<std::string> argv = args;
  argv.insert(argv.end(), {"-x", "c++-header", header.path});
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> fs = withFilesOverlaid(
      llvm::vfs::createPhysicalFileSystem(), {{header.path, header.text}});
  fs->setCurrentWorkingDirectory(directory);
  llvm::IntrusiveRefCntPtr<clang::FileManager> fileManager(
      new clang::FileManager(clang::FileSystemOptions{directory}, fs));
  std::string problem = "the compiler could not start";
  // Isolated like a TU's parse: a crash here costs the preamble, not the run.
  auto diagnostics = std::make_unique<clang::IgnoringDiagConsumer>();
  std::optional<std::string> crash = runIsolated([&] {
    clang::tooling::ToolInvocation invocation(
        argv, std::make_unique<BuildPchAction>(options, output, problem), fileManager.get());
    invocation.setDiagnosticConsumer(diagnostics.get());
    if (!invocation.run() && problem.empty())
      problem = "the compiler failed";
  });
  if (crash) {
    (void)diagnostics.release(); // may be half-used: leaked, never freed
    return *crash;
  }
  return problem;
}

} // namespace msglint::extract
