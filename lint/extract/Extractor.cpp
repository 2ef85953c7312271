#include "extract/Extractor.h"

#include "extract/FactsCollector.h"
#include "extract/FileClassifier.h"
#include "extract/GeneratedCode.h"
#include "extract/SuppressionComments.h"
#include "model/Preset.h"

#include <clang/Basic/Diagnostic.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/VirtualFileSystem.h>

#include <atomic>
#include <thread>

namespace msglint::extract {
namespace {

constexpr size_t kErrorsKept = 3;

// Keeps the compiler's errors as facts instead of printing them: msglint
// reports on what Clang could recover and says the TU had errors.
class ErrorCollector : public clang::DiagnosticConsumer {
public:
  explicit ErrorCollector(facts::TranslationUnit &out) : out(out) {}
  void HandleDiagnostic(clang::DiagnosticsEngine::Level level,
                        const clang::Diagnostic &info) override {
    DiagnosticConsumer::HandleDiagnostic(level, info);
    if (level < clang::DiagnosticsEngine::Error)
      return;
    ++out.errorCount;
    if (out.errors.size() >= kErrorsKept)
      return;
    llvm::SmallString<128> message;
    info.FormatDiagnostic(message);
    facts::CompileError error;
    error.message = std::string(message);
    if (info.hasSourceManager() && info.getLocation().isValid()) {
      const clang::SourceManager &sm = info.getSourceManager();
      clang::SourceLocation loc = sm.getFileLoc(info.getLocation());
      if (auto entry = sm.getFileEntryRefForID(sm.getFileID(loc)))
        error.loc = {normalisePath(entry->getName()), sm.getSpellingLineNumber(loc),
                     sm.getSpellingColumnNumber(loc)};
    }
    out.errors.push_back(std::move(error));
  }

private:
  facts::TranslationUnit &out;
};

class Consumer : public clang::ASTConsumer {
public:
  Consumer(std::unique_ptr<FileClassifier> files, facts::TranslationUnit &out,
           const ExtractOptions &options)
      : files(std::move(files)), out(out), options(options) {}
  // System headers (gRPC, protobuf, the standard library) never hold the
  // project's sites: parse their declarations, not their function bodies.
  // Sema still parses constexpr bodies and those with deduced return types.
  bool shouldSkipFunctionBody(clang::Decl *decl) override {
    return options.skipSystemBodies && files->ignoredSystem(decl->getLocation());
  }

  void HandleTranslationUnit(clang::ASTContext &ctx) override {
    auto presets = model::makePresets(options.apis);
    collectFacts(ctx, *files, presets, out);
  }

private:
  std::unique_ptr<FileClassifier> files;
  facts::TranslationUnit &out;
  const ExtractOptions &options;
};

class ExtractAction : public clang::ASTFrontendAction {
public:
  ExtractAction(const ExtractOptions &options, facts::TranslationUnit &out)
      : options(options), out(out) {}

  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &ci,
                                                        llvm::StringRef) override {
    auto files = std::make_unique<FileClassifier>(ci.getSourceManager(), options);
    comments = std::make_unique<SuppressionCollector>(*files, out.suppressions);
    ci.getPreprocessor().addCommentHandler(comments.get());
    ci.getFrontendOpts().SkipFunctionBodies = options.skipSystemBodies;
    return std::make_unique<Consumer>(std::move(files), out, options);
  }

  void EndSourceFileAction() override {
    getCompilerInstance().getPreprocessor().removeCommentHandler(comments.get());
  }

private:
  const ExtractOptions &options;
  facts::TranslationUnit &out;
  std::unique_ptr<SuppressionCollector> comments;
};

std::vector<std::string> commandLine(const clang::tooling::CompileCommand &command,
                                     const ExtractOptions &options) {
  using namespace clang::tooling;
  ArgumentsAdjuster adjust = combineAdjusters(
      getClangStripOutputAdjuster(),
      combineAdjusters(getClangStripDependencyFileAdjuster(), getClangSyntaxOnlyAdjuster()));
  std::vector<std::string> args = adjust(command.CommandLine, command.Filename);
  // After argv[0]: find Clang's own headers; tolerate other compilers'
  // flags; no "N errors generated." on stderr (errors are kept as facts).
  std::vector<std::string> extra = {"-resource-dir=" + options.resourceDir,
                                    "-Wno-unknown-warning-option", "-Qunused-arguments",
                                    "-fno-caret-diagnostics"};
  if (!args.empty())
    args.insert(args.begin() + 1, extra.begin(), extra.end());
  return args;
}

// The disk, with the editor's unsaved buffers laid over it.
llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
withUnsavedFiles(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> disk,
                 const std::map<std::string, std::string> &unsaved) {
  if (unsaved.empty())
    return disk;
  auto memory = llvm::makeIntrusiveRefCnt<llvm::vfs::InMemoryFileSystem>();
  for (const auto &[path, text] : unsaved)
    memory->addFile(path, 0, llvm::MemoryBuffer::getMemBufferCopy(text, path));
  auto overlay = llvm::makeIntrusiveRefCnt<llvm::vfs::OverlayFileSystem>(disk);
  overlay->pushOverlay(memory);
  return overlay;
}

} // namespace

facts::TranslationUnit extractOne(const clang::tooling::CompileCommand &command,
                                  const ExtractOptions &options) {
  facts::TranslationUnit out;
  out.mainFile = command.Filename;
  // Generated TUs (foo.pb.cc) hold no sites: their facts are empty
  // whether or not they are parsed, so they are not.
  if (auto head = llvm::MemoryBuffer::getFileSlice(command.Filename, 1024, 0);
      head && isGeneratedFile(command.Filename, (*head)->getBuffer(), options.root,
                              options.generatedGlobs))
    return out;
  if (command.CommandLine.empty()) {
    out.failure = "empty command line";
    return out;
  }
  // Each TU gets its own file system view, so that TUs built in different
  // directories can run in parallel threads.
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> fs = withUnsavedFiles(
      llvm::vfs::createPhysicalFileSystem(), options.unsavedFiles);
  fs->setCurrentWorkingDirectory(command.Directory);
  llvm::IntrusiveRefCntPtr<clang::FileManager> fileManager(
      new clang::FileManager(clang::FileSystemOptions{command.Directory}, fs));
  ErrorCollector errors(out);
  clang::tooling::ToolInvocation invocation(
      commandLine(command, options), std::make_unique<ExtractAction>(options, out),
      fileManager.get());
  invocation.setDiagnosticConsumer(&errors);
  if (!invocation.run() && out.errorCount == 0)
    out.failure = "the compiler could not start on this command line";
  return out;
}

std::vector<facts::TranslationUnit>
extractAll(const std::vector<clang::tooling::CompileCommand> &commands,
           const ExtractOptions &options, unsigned jobs) {
  std::vector<facts::TranslationUnit> results(commands.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < commands.size(); i = next++)
      results[i] = extractOne(commands[i], options);
  };
  jobs = std::max(1u, std::min<unsigned>(jobs, commands.size()));
  std::vector<std::thread> threads;
  for (unsigned j = 1; j < jobs; ++j)
    threads.emplace_back(work);
  work();
  for (std::thread &t : threads)
    t.join();
  return results;
}

} // namespace msglint::extract
