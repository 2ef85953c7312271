#include "extract/Extractor.h"

#include "extract/CachedExtraction.h"
#include "extract/FactsCollector.h"
#include "extract/FileClassifier.h"
#include "extract/GeneratedCode.h"
#include "extract/Isolation.h"
#include "extract/SuppressionComments.h"
#include "facts/ParallelFor.h"
#include "model/Preset.h"

#include <clang/Basic/Diagnostic.h>
#include <clang/Driver/Options.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Option/ArgList.h>
#include <llvm/Option/OptTable.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/VirtualFileSystem.h>

#include <set>

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
        error.loc = {normalisePath(*entry, sm), sm.getSpellingLineNumber(loc),
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
  // System headers (gRPC, protobuf, the standard library) and generated
  // headers (foo.grpc.pb.h) never hold the project's sites: parse their
  // declarations, not their function bodies. Sema still parses constexpr
  // bodies and those with deduced return types.
  bool shouldSkipFunctionBody(clang::Decl *decl) override {
    return options.skipUnneeded && files->ignored(decl->getLocation());
  }

  void HandleTranslationUnit(clang::ASTContext &ctx) override {
    crashIfAsked(out.mainFile);
    auto presets = model::makePresets(options.apis);
    collectFacts(ctx, *files, presets, out);
  }

private:
  std::unique_ptr<FileClassifier> files;
  facts::TranslationUnit &out;
  const ExtractOptions &options;
};

// The project's files a TU was made of (the main file and every header
// not in a system directory), with the hash of the bytes Clang parsed:
// what decides whether its cached facts are still true.
std::vector<facts::CacheInput> userFiles(const clang::SourceManager &sm, llvm::StringRef cwd) {
  std::set<std::string> seen;
  std::vector<facts::CacheInput> files;
  for (unsigned i = 0, n = sm.local_sloc_entry_size(); i < n; ++i) {
    const clang::SrcMgr::SLocEntry &entry = sm.getLocalSLocEntry(i);
    if (!entry.isFile() || entry.getFile().getFileCharacteristic() != clang::SrcMgr::C_User)
      continue;
    const clang::SrcMgr::ContentCache &content = entry.getFile().getContentCache();
    std::optional<llvm::StringRef> bytes = content.getBufferDataIfLoaded();
    if (!content.OrigEntry || !bytes)
      continue;
    std::string path = normalisePath(content.OrigEntry->getName(), cwd);
    if (seen.insert(path).second)
      files.push_back({path, facts::contentHash(*bytes)});
  }
  return files;
}

class ExtractAction : public clang::ASTFrontendAction {
public:
  ExtractAction(const ExtractOptions &options, facts::TranslationUnit &out,
                std::vector<facts::CacheInput> *inputs)
      : options(options), out(out), inputs(inputs) {}

  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(clang::CompilerInstance &ci,
                                                        llvm::StringRef) override {
    auto files = std::make_unique<FileClassifier>(ci.getSourceManager(), options);
    comments = std::make_unique<SuppressionCollector>(*files, out.suppressions);
    ci.getPreprocessor().addCommentHandler(comments.get());
    ci.getFrontendOpts().SkipFunctionBodies = options.skipUnneeded;
    return std::make_unique<Consumer>(std::move(files), out, options);
  }

  void EndSourceFileAction() override {
    clang::CompilerInstance &ci = getCompilerInstance();
    ci.getPreprocessor().removeCommentHandler(comments.get());
    if (inputs)
      *inputs = userFiles(ci.getSourceManager(), ci.getFileSystemOpts().WorkingDir);
  }

private:
  const ExtractOptions &options;
  facts::TranslationUnit &out;
  std::vector<facts::CacheInput> *inputs;
  std::unique_ptr<SuppressionCollector> comments;
};

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

// Generated TUs (foo.pb.cc) hold no sites: their facts are empty whether
// or not they are parsed (`--parse-all-bodies` parses them, and the tests
// compare), so they are not.
bool skippedAsGenerated(const clang::tooling::CompileCommand &command,
                        const ExtractOptions &options) {
  if (!options.skipUnneeded)
    return false;
  auto head = llvm::MemoryBuffer::getFileSlice(command.Filename, 1024, 0);
  return head && isGeneratedFile(command.Filename, (*head)->getBuffer(), options.root,
                                 options.generatedGlobs);
}

// Facts from the cache when its entry is current; else extracted, and
// stored when the TU compiled cleanly (a TU with errors is analysed again
// next time: the header it missed may exist by then). `files` receives the
// project files the TU was made of, either way.
facts::TranslationUnit extractCached(const clang::tooling::CompileCommand &command,
                                     const ExtractOptions &options, CachedExtraction &cached,
                                     bool &fromCache, std::vector<std::string> &files) {
  std::string slot = cacheSlot(command);
  std::string key = cacheKey(command, options, cached.toolIdentity);
  if (std::optional<facts::TranslationUnit> tu = cached.cache.load(slot, key, cached.hashes, &files);
      tu && tu->mainFile == command.Filename) {
    fromCache = true;
    return std::move(*tu);
  }
  fromCache = false;
  files.clear();
  std::vector<facts::CacheInput> inputs;
  facts::TranslationUnit tu = extractOne(command, options, &inputs);
  if (tu.errorCount == 0 && tu.failure.empty() && !inputs.empty())
    cached.cache.store(slot, key, inputs, tu);
  for (const facts::CacheInput &input : inputs)
    files.push_back(input.path);
  return tu;
}

} // namespace

facts::TranslationUnit extractOne(const clang::tooling::CompileCommand &command,
                                  const ExtractOptions &options,
                                  std::vector<facts::CacheInput> *inputs) {
  facts::TranslationUnit out;
  out.mainFile = command.Filename;
  if (skippedAsGenerated(command, options))
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
  // The parse fills `parsed`, which replaces `out` only when it completed:
  // a crash leaves it (and the Clang objects) half-made, and leaked.
  auto parsed = std::make_unique<facts::TranslationUnit>();
  parsed->mainFile = command.Filename;
  auto parsedInputs = std::make_unique<std::vector<facts::CacheInput>>();
  bool started = false;
  std::optional<std::string> crash = runIsolated([&] {
    auto errors = std::make_unique<ErrorCollector>(*parsed);
    clang::tooling::ToolInvocation invocation(
        commandLine(command, options),
        std::make_unique<ExtractAction>(options, *parsed, inputs ? parsedInputs.get() : nullptr),
        fileManager.get());
    invocation.setDiagnosticConsumer(errors.get());
    started = invocation.run() || parsed->errorCount > 0;
  });
  if (crash) {
    // Not freed: the crash may have left them pointing anywhere.
    (void)parsed.release();
    (void)parsedInputs.release();
    out.failure = *crash;
    return out;
  }
  out = std::move(*parsed);
  if (inputs)
    *inputs = std::move(*parsedInputs);
  if (!started)
    out.failure = "the compiler could not start on this command line";
  return out;
}

std::vector<facts::TranslationUnit>
extractAll(const std::vector<clang::tooling::CompileCommand> &commands,
           const ExtractOptions &options, unsigned jobs, CachedExtraction *cached,
           ExtractStats *stats) {
  std::vector<facts::TranslationUnit> results(commands.size());
  std::vector<std::vector<std::string>> files(commands.size());
  enum class How : char { Analysed, FromCache, Generated };
  std::vector<How> how(commands.size(), How::Analysed);
  facts::parallelFor(commands.size(), jobs, [&](size_t i) {
    bool hit = false;
    if (skippedAsGenerated(commands[i], options)) {
      how[i] = How::Generated;
      results[i] = extractOne(commands[i], options);
      files[i] = {commands[i].Filename};
      return;
    }
    if (cached) {
      results[i] = extractCached(commands[i], options, *cached, hit, files[i]);
    } else {
      std::vector<facts::CacheInput> inputs;
      results[i] = extractOne(commands[i], options, &inputs);
      for (const facts::CacheInput &input : inputs)
        files[i].push_back(input.path);
    }
    if (hit)
      how[i] = How::FromCache;
  });
  if (cached)
    cached->cache.trim();
  if (stats) {
    *stats = {};
    for (size_t i = 0; i < commands.size(); ++i) {
      if (how[i] == How::Analysed)
        stats->analysed.push_back(commands[i].Filename);
      stats->fromCache += how[i] == How::FromCache;
      stats->generated += how[i] == How::Generated;
    }
    stats->inputs = std::move(files);
  }
  return results;
}

} // namespace msglint::extract
