#include "extract/Extractor.h"

#include "extract/CachedExtraction.h"
#include "extract/ClangCommand.h"
#include "extract/FactsCollector.h"
#include "extract/FileClassifier.h"
#include "extract/GeneratedCode.h"
#include "extract/Isolation.h"
#include "extract/SharedPreambles.h"
#include "extract/SuppressionComments.h"
#include "facts/ParallelFor.h"
#include "model/Preset.h"

#include <clang/Basic/Diagnostic.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/FrontendAction.h>
#include <clang/Lex/PreprocessorOptions.h>
#include <clang/Tooling/Tooling.h>
#include <llvm/Support/MemoryBuffer.h>

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
// what decides whether its cached facts are still true. A shared
// preamble's synthetic header is not one: it exists only in memory.
std::vector<facts::CacheInput> userFiles(const clang::SourceManager &sm, llvm::StringRef cwd,
                                         const SharedPreamble *preamble) {
  std::set<std::string> seen;
  if (preamble)
    seen.insert(preamble->header.path);
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
                std::vector<facts::CacheInput> *inputs, const SharedPreamble *preamble,
                bool &reached)
      : options(options), out(out), inputs(inputs), preamble(preamble), reached(reached) {}

  // With a shared preamble, its PCH stands for the main file's leading
  // includes, which then include nothing again (their guards are defined).
  // Clang checks that the system headers it was built from are unchanged.
  bool BeginInvocation(clang::CompilerInstance &ci) override {
    if (preamble) {
      ci.getPreprocessorOpts().ImplicitPCHInclude = preamble->pch;
      ci.getHeaderSearchOpts().ModulesValidateSystemHeaders = true;
    }
    return true;
  }

  // Reached only when the source file was opened, and the PCH, if any, loaded.
  void ExecuteAction() override {
    reached = true;
    ASTFrontendAction::ExecuteAction();
  }

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
      *inputs = userFiles(ci.getSourceManager(), ci.getFileSystemOpts().WorkingDir, preamble);
  }

private:
  const ExtractOptions &options;
  facts::TranslationUnit &out;
  std::vector<facts::CacheInput> *inputs;
  const SharedPreamble *preamble;
  bool &reached;
  std::unique_ptr<SuppressionCollector> comments;
};

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

// Parses the TU (with the shared preamble when given). `preambleRefused`:
// Clang would not load the preamble's PCH, and parsed nothing.
facts::TranslationUnit parse(const clang::tooling::CompileCommand &command,
                             const ExtractOptions &options,
                             std::vector<facts::CacheInput> *inputs,
                             const SharedPreamble *preamble, bool &preambleRefused) {
  facts::TranslationUnit out;
  out.mainFile = command.Filename;
  if (command.CommandLine.empty()) {
    out.failure = "empty command line";
    return out;
  }
  // Each TU gets its own file system view, so that TUs built in different
  // directories can run in parallel threads.
  std::map<std::string, std::string> overlaid = options.unsavedFiles;
  if (preamble)
    overlaid.emplace(preamble->header.path, preamble->header.text);
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> fs =
      withFilesOverlaid(llvm::vfs::createPhysicalFileSystem(), overlaid);
  fs->setCurrentWorkingDirectory(command.Directory);
  llvm::IntrusiveRefCntPtr<clang::FileManager> fileManager(
      new clang::FileManager(clang::FileSystemOptions{command.Directory}, fs));
  // The parse fills `parsed`, which replaces `out` only when it completed:
  // a crash leaves it (and the Clang objects) half-made, and leaked.
  auto parsed = std::make_unique<facts::TranslationUnit>();
  parsed->mainFile = command.Filename;
  auto parsedInputs = std::make_unique<std::vector<facts::CacheInput>>();
  bool started = false, reached = false;
  std::optional<std::string> crash = runIsolated([&] {
    auto errors = std::make_unique<ErrorCollector>(*parsed);
    clang::tooling::ToolInvocation invocation(
        commandLine(command, options),
        std::make_unique<ExtractAction>(options, *parsed, inputs ? parsedInputs.get() : nullptr,
                                        preamble, reached),
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
  preambleRefused = preamble && !reached;
  out = std::move(*parsed);
  if (inputs)
    *inputs = std::move(*parsedInputs);
  if (!started)
    out.failure = "the compiler could not start on this command line";
  return out;
}

// With the shared preamble of its group when it has one; without, when
// Clang refused the PCH (a system header changed since it was built: it
// is built again for the TUs still to come).
facts::TranslationUnit parseSharing(const clang::tooling::CompileCommand &command,
                                    const ExtractOptions &options,
                                    std::vector<facts::CacheInput> &inputs,
                                    SharedPreambles *preambles, bool &withPreamble) {
  bool refused = false;
  const SharedPreamble *preamble = preambles ? preambles->forCommand(command) : nullptr;
  if (preamble) {
    facts::TranslationUnit tu = parse(command, options, &inputs, preamble, refused);
    withPreamble = !refused;
    if (!refused)
      return tu;
    preambles->rejected(*preamble);
  }
  return parse(command, options, &inputs, nullptr, refused);
}

} // namespace

facts::TranslationUnit extractOne(const clang::tooling::CompileCommand &command,
                                  const ExtractOptions &options,
                                  std::vector<facts::CacheInput> *inputs) {
  if (skippedAsGenerated(command, options)) {
    facts::TranslationUnit out;
    out.mainFile = command.Filename;
    return out;
  }
  bool refused = false;
  return parse(command, options, inputs, nullptr, refused);
}

std::vector<facts::TranslationUnit>
extractAll(const std::vector<clang::tooling::CompileCommand> &commands,
           const ExtractOptions &options, unsigned jobs, CachedExtraction *cached,
           ExtractStats *stats) {
  std::vector<facts::TranslationUnit> results(commands.size());
  std::vector<std::vector<std::string>> files(commands.size());
  enum class How : char { Analysed, FromCache, Generated, WithPreamble };
  std::vector<How> how(commands.size(), How::Analysed);
  // First what needs no parse: generated TUs, current cache entries.
  facts::parallelFor(commands.size(), jobs, [&](size_t i) {
    const clang::tooling::CompileCommand &command = commands[i];
    if (skippedAsGenerated(command, options)) {
      how[i] = How::Generated;
      results[i].mainFile = command.Filename;
      files[i] = {command.Filename};
      return;
    }
    if (!cached)
      return;
    if (std::optional<facts::TranslationUnit> tu =
            cached->cache.load(cacheSlot(command), cacheKey(command, options, cached->toolIdentity),
                               cached->hashes, &files[i]);
        tu && tu->mainFile == command.Filename) {
      how[i] = How::FromCache;
      results[i] = std::move(*tu);
    } else {
      files[i].clear();
    }
  });
  std::vector<size_t> toParse;
  std::vector<const clang::tooling::CompileCommand *> parsedCommands;
  for (size_t i = 0; i < commands.size(); ++i)
    if (how[i] == How::Analysed) {
      toParse.push_back(i);
      parsedCommands.push_back(&commands[i]);
    }
  // The shared preamble lives in the cache; --parse-all-bodies is the
  // reference it is compared with.
  std::optional<SharedPreambles> preambles;
  if (cached && cached->sharePreambles && options.skipUnneeded) {
    preambles.emplace(*cached, options);
    preambles->plan(parsedCommands);
  }
  // Then the parses. A TU that compiled cleanly is stored (one with errors
  // is analysed again next time: the header it missed may exist by then).
  facts::parallelFor(toParse.size(), jobs, [&](size_t n) {
    size_t i = toParse[n];
    const clang::tooling::CompileCommand &command = commands[i];
    std::vector<facts::CacheInput> inputs;
    bool withPreamble = false;
    results[i] = parseSharing(command, options, inputs, preambles ? &*preambles : nullptr,
                              withPreamble);
    if (withPreamble)
      how[i] = How::WithPreamble;
    if (cached && results[i].errorCount == 0 && results[i].failure.empty() && !inputs.empty())
      cached->cache.store(cacheSlot(command), cacheKey(command, options, cached->toolIdentity),
                          inputs, results[i]);
    for (const facts::CacheInput &input : inputs)
      files[i].push_back(input.path);
  });
  if (cached)
    cached->cache.trim();
  if (stats) {
    *stats = {};
    for (size_t i = 0; i < commands.size(); ++i) {
      if (how[i] == How::Analysed || how[i] == How::WithPreamble)
        stats->analysed.push_back(commands[i].Filename);
      stats->withPreamble += how[i] == How::WithPreamble;
      stats->fromCache += how[i] == How::FromCache;
      stats->generated += how[i] == How::Generated;
    }
    stats->preamblesBuilt = preambles ? preambles->built() : 0;
    stats->inputs = std::move(files);
  }
  return results;
}

} // namespace msglint::extract
