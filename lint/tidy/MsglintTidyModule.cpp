// libMsglintTidy.so: msglint's rules that need only one translation unit
// (rules::Scope::TranslationUnit) as clang-tidy checks `msglint-<rule-id>`,
// for editors and pipelines that already run clang-tidy (docs/editors.md).
// No second implementation: extract collects the facts from clang-tidy's
// own AST, link builds the model of that one TU, and the catalogue's rule
// runs on it, with `.msglint.yaml` (found upward from the file) giving the
// options and both suppression forms working.
#include "config/Config.h"
#include "extract/FactsCollector.h"
#include "extract/FileClassifier.h"
#include "extract/SuppressionComments.h"
#include "graph/Link.h"
#include "model/Preset.h"
#include "report/Suppressions.h"
#include "rules/Rule.h"

#include <clang-tidy/ClangTidyCheck.h>
#include <clang-tidy/ClangTidyModule.h>
#include <clang-tidy/ClangTidyModuleRegistry.h>
#include <clang/ASTMatchers/ASTMatchers.h>
#include <llvm/Support/Path.h>

#include <map>
#include <memory>

namespace msglint::tidy {
namespace {

using namespace clang;

// One TU's analysis, shared by every msglint check that is on: the first
// check to see the TU sets it up (the suppression comments are read while
// it is preprocessed), the first to be matched computes the findings, and
// the end of the TU clears it. clang-tidy runs one TU at a time.
class TranslationUnitAnalysis {
public:
  static TranslationUnitAnalysis &current() {
    static TranslationUnitAnalysis analysis;
    return analysis;
  }

  void begin(const SourceManager &sm, Preprocessor &pp) {
    std::string mainFile;
    if (auto entry = sm.getFileEntryRefForID(sm.getMainFileID()))
      mainFile = extract::normalisePath(*entry, sm);
    // Another check of the same TU; a TU whose matching never ran (it did
    // not parse) left its state behind, which a new one replaces.
    if (started && &pp == preprocessor && mainFile == tu.mainFile)
      return;
    end();
    started = true;
    preprocessor = &pp;
    tu = facts::TranslationUnit{};
    tu.mainFile = mainFile;
    loadConfig(llvm::sys::path::parent_path(mainFile).str());
    files = std::make_unique<extract::FileClassifier>(sm, options);
    comments = std::make_unique<extract::SuppressionCollector>(*files, tu.suppressions);
    pp.addCommentHandler(comments.get()); // the preprocessor dies first, with the TU
  }

  // The findings of `rule` in this TU (after suppressions), or the config
  // error that stopped the analysis.
  const std::vector<rules::Finding> &findings(ASTContext &ctx, const std::string &rule) {
    if (!analysed) {
      analysed = true;
      if (configError.empty())
        analyse(ctx);
    }
    static const std::vector<rules::Finding> none;
    auto it = byRule.find(rule);
    return it == byRule.end() ? none : it->second;
  }

  const std::string &error() const { return configError; }
  const std::string &root() const { return options.root; }

  void end() {
    started = analysed = false;
    byRule.clear();
    configError.clear();
  }

private:
  // The project is the folder of the nearest `.msglint.yaml` above the file
  // (as `msglint check` finds it from its root), or the file's own folder.
  void loadConfig(const std::string &dir) {
    config = config::Config{};
    options = extract::ExtractOptions{};
    options.root = dir;
    if (auto path = config::findConfigFile(dir)) {
      auto parsed = config::readConfigFile(*path, configError);
      if (!parsed)
        return;
      config = std::move(*parsed);
      options.root = llvm::sys::path::parent_path(*path).str();
    }
    options.generatedGlobs = config.generated;
    options.apis = config.apis;
  }

  void analyse(ASTContext &ctx) {
    auto presets = model::makePresets(options.apis);
    extract::collectFacts(ctx, *files, presets, tu);
    // clang-tidy's --checks decides which rules run; the file's `checks`
    // does not, but its severities and options do.
    config::Config everyRule = config;
    everyRule.checks.clear();
    auto configured = rules::configureRules(everyRule, configError);
    if (!configured)
      return;
    std::vector<rules::ConfiguredRule> local;
    for (const rules::ConfiguredRule &rule : *configured)
      if (rule.info->scope == rules::Scope::TranslationUnit)
        local.push_back(rule);
    graph::Model model = graph::link({tu}, options.root, config);
    std::vector<rules::Finding> found = rules::runRules(model, local);
    report::applySuppressions(model, found);
    for (rules::Finding &f : found)
      byRule[f.rule].push_back(std::move(f));
  }

  bool started = false, analysed = false;
  const Preprocessor *preprocessor = nullptr;
  config::Config config;
  std::string configError;
  extract::ExtractOptions options;
  facts::TranslationUnit tu;
  std::unique_ptr<extract::FileClassifier> files;
  std::unique_ptr<extract::SuppressionCollector> comments;
  std::map<std::string, std::vector<rules::Finding>> byRule;
};

// One catalogue rule as a clang-tidy check.
class RuleCheck : public clang::tidy::ClangTidyCheck {
public:
  RuleCheck(StringRef name, clang::tidy::ClangTidyContext *context, const rules::RuleInfo &rule)
      : ClangTidyCheck(name, context), rule(rule) {}

  void registerPPCallbacks(const SourceManager &sm, Preprocessor *pp, Preprocessor *) override {
    TranslationUnitAnalysis::current().begin(sm, *pp);
  }

  void registerMatchers(ast_matchers::MatchFinder *finder) override {
    finder->addMatcher(ast_matchers::translationUnitDecl().bind("tu"), this);
  }

  void check(const ast_matchers::MatchFinder::MatchResult &result) override {
    TranslationUnitAnalysis &analysis = TranslationUnitAnalysis::current();
    const SourceManager &sm = *result.SourceManager;
    const auto &findings = analysis.findings(*result.Context, rule.id);
    if (!analysis.error().empty()) {
      diag(sm.getLocForStartOfFile(sm.getMainFileID()), "msglint: %0") << analysis.error();
      return;
    }
    for (const rules::Finding &f : findings) {
      diag(location(sm, analysis.root(), f.loc), "%0") << f.message;
      for (const rules::Note &note : f.notes)
        diag(location(sm, analysis.root(), note.loc), "%0", DiagnosticIDs::Note) << note.message;
    }
  }

  void onEndOfTranslationUnit() override { TranslationUnitAnalysis::current().end(); }

private:
  // Findings name files relative to the project root (absolute outside it).
  static SourceLocation location(const SourceManager &sm, const std::string &root,
                                 const facts::Location &loc) {
    llvm::SmallString<256> path(loc.file);
    if (!llvm::sys::path::is_absolute(path)) {
      path = root;
      llvm::sys::path::append(path, loc.file);
    }
    auto file = sm.getFileManager().getOptionalFileRef(path);
    if (!file)
      return {};
    return sm.translateFileLineCol(*file, loc.line, loc.col);
  }

  const rules::RuleInfo &rule;
};

class MsglintModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(clang::tidy::ClangTidyCheckFactories &factories) override {
    for (const rules::RuleInfo &rule : rules::catalogue())
      if (rule.scope == rules::Scope::TranslationUnit)
        factories.registerCheckFactory(
            "msglint-" + rule.id, [&rule](StringRef name, clang::tidy::ClangTidyContext *context) {
              return std::make_unique<RuleCheck>(name, context, rule);
            });
  }
};

} // namespace

static clang::tidy::ClangTidyModuleRegistry::Add<MsglintModule>
    registration("msglint-module", "msglint's one-translation-unit rules as msglint-<rule-id>");

} // namespace msglint::tidy
