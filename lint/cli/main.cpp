// msglint: the command line (docs/usage.md).
#include "cli/ChangedFiles.h"
#include "cli/Depfile.h"
#include "cli/BaseRevision.h"
#include "cli/ExitCodes.h"
#include "cli/Pipeline.h"
#include "cli/RuleList.h"
#include "lsp/Server.h"
#include "extract/Extractor.h"
#include "facts/FactsJson.h"
#include "graph/Architecture.h"
#include "graph/Link.h"
#include "report/ArchitectureSummary.h"
#include "report/AsyncApi.h"
#include "report/Baseline.h"
#include "report/CheckReport.h"
#include "report/FindingMarks.h"
#include "report/FindingsJson.h"
#include "report/Fingerprint.h"
#include "report/GraphDiff.h"
#include "report/GraphFormats.h"
#include "report/GraphPage.h"
#include "report/GraphPageAssets.h"
#include "report/Sarif.h"
#include "report/SourceText.h"
#include "report/Suppressions.h"
#include "report/TextReport.h"
#include "rules/Rule.h"

#include <CLI/CLI.hpp>

#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>

#include <iostream>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <set>
#include <sstream>
#include <utility>

#ifndef MSGLINT_VERSION
#define MSGLINT_VERSION "0.0.0"
#endif

namespace msglint::cli {
namespace {

void addCacheDirOption(CLI::App &cmd, ProjectOptions &options) {
  cmd.add_option("--cache-dir", options.cacheDir,
                 "the facts cache (default: BUILD_DIR/.msglint-cache)");
}

void addProjectOptions(CLI::App &cmd, ProjectOptions &options, bool manyFiles = true) {
  cmd.add_option("-p,--build-dir", options.buildDir,
                 "build directory holding compile_commands.json")
      ->required();
  cmd.add_option("--root", options.root,
                 "project root (default: nearest ancestor of the build directory with "
                 ".msglint.yaml or .git)");
  cmd.add_option("--config", options.configFile,
                 "configuration file (default: .msglint.yaml found upward from the root)");
  cmd.add_flag("--parse-all-bodies", options.parseAllBodies,
               "parse what msglint normally skips: function bodies in system and generated "
               "headers, generated TUs (slower; the facts are the same, which the tests check)");
  if (!manyFiles)
    return;
  cmd.add_option("-j,--jobs", options.jobs, "parallel jobs (default: one per core)");
  cmd.add_option("files", options.files, "only analyse these source files");
  addCacheDirOption(cmd, options);
  cmd.add_flag("--no-cache", options.noCache,
               "parse every translation unit; neither read nor write the facts cache");
  cmd.add_option("--cache-size", options.cacheSizeMb,
                 "the most the cache may hold, in MiB (default 1024): the least recently used "
                 "entries go first");
  cmd.add_flag("--no-pch", options.noPch,
               "do not parse the TUs that open with the same system includes with a shared "
               "precompiled header of them (kept in the cache; the facts are the same)");
  cmd.add_flag("-v,--verbose", options.verbose,
               "say how many translation units were analysed and how many came from the cache");
}

// A TU whose analysis failed (msglint crashed on it, or the compiler could
// not start on its command line) left nothing: the run is incomplete.
bool analysisFailed(const graph::Model &model) {
  for (const auto &tu : model.translationUnits)
    if (!tu.failure.empty())
      return true;
  return false;
}

// Exit 3 (DESIGN.md §5): always when a TU's analysis failed; with --strict,
// also when a TU had compile errors (its analysis is of what Clang recovered).
bool incomplete(const graph::Model &model, bool strict) {
  if (analysisFailed(model))
    return true;
  for (const auto &tu : model.translationUnits)
    if (strict && tu.errorCount > 0)
      return true;
  return false;
}

struct CheckOptions {
  std::string failOn = "warning";
  bool strict = false;
  std::string format = "text";
  std::string output;
  std::string baseline;      // --baseline: report only findings not in it
  std::string writeBaseline; // --write-baseline: record today's findings
  std::string category = "msglint";
  bool reportUnusedSuppressions = false;
  bool changed = false; // FILE... are changed files: report what touches them
};

std::vector<report::BaselineEntry> loadBaseline(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer)
    throw UsageError(path + ": " + buffer.getError().message());
  std::string error;
  auto entries = report::parseBaseline((*buffer)->getBuffer().str(), path, error);
  if (!entries)
    throw UsageError(error);
  return *entries;
}

std::vector<report::Result> fingerprinted(const graph::Model &model,
                                          std::vector<rules::Finding> findings) {
  report::SourceText sources(model.root);
  std::vector<std::string> fingerprints = report::fingerprints(findings, sources);
  std::vector<report::Result> results;
  results.reserve(findings.size());
  for (size_t i = 0; i < findings.size(); ++i)
    results.push_back({std::move(findings[i]), std::move(fingerprints[i])});
  return results;
}

// What a run reports: the enabled rules' findings, less the suppressed
// ones (counted in `suppressed`), sorted, with their fingerprints.
std::vector<report::Result> reportedFindings(const graph::Model &model,
                                             const std::vector<rules::ConfiguredRule> &rules,
                                             size_t &suppressed,
                                             std::set<const facts::Suppression *> *used = nullptr) {
  return fingerprinted(model, reportedFindingsOf(model, rules, suppressed, used));
}

std::string render(const report::CheckReport &checked, const CheckOptions &options) {
  if (options.format == "json")
    return report::writeFindingsJson(checked);
  if (options.format == "sarif")
    return report::writeSarif(checked, {options.category});
  std::vector<rules::Finding> findings;
  for (const report::Result &r : checked.results)
    findings.push_back(r.finding);
  std::ostringstream text;
  report::writeText(text, findings);
  return text.str();
}

// Baseline entries nothing matches any more: the code was fixed, and the
// entry can go (compiler-style, so editors can jump to the file).
void writeStaleEntries(std::ostream &out, const report::BaselineOutcome &outcome) {
  for (const report::BaselineEntry &e : outcome.stale)
    out << e.file << ": note: baseline entry no longer matches (fixed? rewrite the baseline "
                     "with --write-baseline): "
        << e.message << " [" << e.rule << "]\n";
}

std::string plural(size_t n, const char *word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::optional<std::vector<report::BaselineEntry>> optionalBaseline(const CheckOptions &options) {
  if (options.baseline.empty())
    return std::nullopt;
  return loadBaseline(options.baseline);
}

rules::Severity failThreshold(const CheckOptions &options) {
  rules::Severity threshold = rules::Severity::Warning;
  if (options.failOn != "never" && !rules::parseSeverity(options.failOn, threshold))
    throw UsageError("--fail-on must be note, warning, error or never, not '" + options.failOn +
                     "'");
  return threshold;
}

// What check and link share once the model is linked: the rules, the
// baseline, --changed, the report and the exit code.
int reportCheck(const graph::Model &model, const std::vector<rules::ConfiguredRule> &rules,
                const std::optional<std::vector<report::BaselineEntry>> &baseline,
                const CheckOptions &options, const std::vector<std::string> &changedFiles) {
  const rules::Severity threshold = failThreshold(options);
  size_t suppressed = 0;

  report::CheckReport checked;
  checked.model = &model;
  checked.catalogue = &rules::catalogue();
  checked.rules = &rules;
  std::set<const facts::Suppression *> used;
  checked.results = reportedFindings(model, rules, suppressed, &used);
  checked.suppressed = suppressed;
  checked.toolVersion = MSGLINT_VERSION;
  const size_t recorded = checked.results.size();
  if (!options.writeBaseline.empty())
    writeOutput(options.writeBaseline, report::writeBaseline(checked.results));
  if (baseline)
    checked.baseline = report::applyBaseline(checked.results, *baseline);
  size_t inProject = checked.results.size();
  std::set<std::string> changed;
  if (options.changed) {
    changed = changedPaths(changedFiles, model.root);
    inProject = keepTouching(checked.results, changed);
    if (checked.baseline)
      keepTouching(checked.baseline->stale, changed);
  }

  writeOutput(options.output, render(checked, options));
  report::writeRunNotes(std::cerr, model);
  if (checked.baseline)
    writeStaleEntries(std::cerr, *checked.baseline);

  size_t failing = 0;
  for (const report::Result &r : checked.results)
    if (options.failOn != "never" && r.finding.severity >= threshold)
      ++failing;
  size_t unused = 0;
  if (options.reportUnusedSuppressions) {
    std::vector<std::string> enabled;
    for (const rules::ConfiguredRule &rule : rules)
      enabled.push_back(rule.info->id);
    for (const facts::Suppression *s : report::unusedSuppressions(model, used, enabled)) {
      std::string named;
      for (const std::string &r : s->rules)
        named += (named.empty() ? "" : ", ") + r;
      std::cerr << s->loc.file << ":" << s->loc.line << ":" << s->loc.col
                << ": warning: this suppression of " << named
                << " suppresses nothing in this run: remove it [unused-suppression]\n";
      ++unused;
    }
    if (options.failOn != "never" && rules::Severity::Warning >= threshold)
      failing += unused;
  }
  std::cerr << "msglint: " << plural(checked.results.size(), "finding");
  if (options.changed)
    std::cerr << " touching " << plural(changed.size(), "changed file") << " (" << inProject
              << " in the project)";
  std::cerr << " in "
            << plural(model.translationUnits.size(), "translation unit") << " of "
            << plural(model.services.size(), "service");
  if (suppressed)
    std::cerr << " (" << suppressed << " suppressed)";
  if (options.reportUnusedSuppressions)
    std::cerr << " (" << plural(unused, "unused suppression") << ")";
  if (checked.baseline)
    std::cerr << " (" << checked.baseline->matched << " in the baseline, "
              << checked.baseline->stale.size() << " stale)";
  if (!options.writeBaseline.empty())
    std::cerr << "; recorded " << plural(recorded, "finding") << " in the baseline "
              << options.writeBaseline;
  size_t failed = 0;
  for (const auto &tu : model.translationUnits)
    failed += !tu.failure.empty();
  if (failed)
    std::cerr << "; the analysis of " << plural(failed, "translation unit")
              << " failed: the run is incomplete";
  std::cerr << "\n";
  if (incomplete(model, options.strict))
    return kExitIncomplete;
  // A run that records the baseline accepts what it records.
  if (!options.writeBaseline.empty())
    return kExitClean;
  return failing ? kExitFindings : kExitClean;
}

// A scan's model is millions of small allocations at scale: freeing them
// one by one as msglint exits takes longer than the system takes to drop
// the process (0.3 s at a million sites), so the model of a run that ends
// with its report is left to the system, as clang's -disable-free does.
// The pointer lives to the end: LeakSanitizer sees the model reachable.
graph::Model &keptUntilExit(graph::Model model) {
  static graph::Model *kept = nullptr;
  delete kept;
  kept = new graph::Model(std::move(model));
  return *kept;
}

int runCheck(ProjectOptions projectOptions, const CheckOptions &options) {
  failThreshold(options); // before anything slow: fail early
  std::vector<std::string> changedFiles;
  if (options.changed)
    changedFiles = std::exchange(projectOptions.files, {}); // analyse everything
  Project project = openProject(projectOptions);
  auto rules = configured(project);
  auto baseline = optionalBaseline(options);
  graph::Model &model = keptUntilExit(analyse(project, projectOptions));
  return reportCheck(model, rules, baseline, options, changedFiles);
}

// `msglint link`: check on facts that extract wrote earlier (a build
// system's actions, a CI matrix), without a compile database.
int runLink(const LinkOptions &linkOptions, const CheckOptions &options) {
  failThreshold(options);
  Project project = openFacts(linkOptions);
  auto rules = configured(project);
  auto baseline = optionalBaseline(options);
  graph::Model &model = keptUntilExit(linkFacts(project, linkOptions));
  Stopwatch reporting;
  int exit = reportCheck(model, rules, baseline, options, {});
  if (linkOptions.verbose)
    std::cerr << "msglint: ran the rules and wrote the report in " << reporting.elapsed() << "\n";
  return exit;
}

// The graph with the findings on it: every format but json draws them.
std::string renderGraph(const graph::Model &model, const std::vector<rules::ConfiguredRule> &rules,
                        const std::string &format, const std::string &title) {
  graph::Architecture arch = graph::buildArchitecture(model);
  if (format == "asyncapi")
    return report::asyncApiJson(arch, title);
  size_t suppressed = 0;
  std::vector<report::Result> results = reportedFindings(model, rules, suppressed);
  std::vector<rules::Finding> findings;
  for (const report::Result &r : results)
    findings.push_back(r.finding);
  report::FindingMarks marks = report::markFindings(model, arch, findings);
  if (format == "dot")
    return report::graphDot(arch, findings, marks);
  if (format == "mermaid")
    return report::graphMermaid(arch, marks);
  graph::SyncCalls sync(model);
  std::vector<report::ServiceSummary> summary =
      report::summarise(model, sync, arch, findings, marks);
  if (format == "json")
    return report::graphJson(arch, summary, results);
  if (format == "summary")
    return report::summaryTable(summary);
  return *report::graphPage({title, &arch, &results, &marks, &summary});
}

int runGraph(const ProjectOptions &options, const std::string &format, const std::string &output) {
  if (format == "html" && !report::graphPageTemplate())
    throw UsageError("--format html: this msglint was built without the HTML page "
                     "(-DMSGLINT_GRAPH_PAGE=OFF); json, dot, mermaid and summary work");
  Project project = openProject(options);
  auto rules = configured(project); // a bad config is an error whatever the subcommand
  graph::Model &model = keptUntilExit(analyse(project, options));
  std::string title = llvm::sys::path::filename(llvm::StringRef(project.root).rtrim('/')).str();
  writeOutput(output, renderGraph(model, rules, format, title));
  report::writeRunNotes(std::cerr, model);
  return analysisFailed(model) ? kExitIncomplete : kExitClean;
}

int runExtract(ProjectOptions options, const std::string &file, const std::string &output,
               const std::string &depfilePath) {
  options.files = {file};
  Project project = openProject(options);
  configured(project); // a bad config is an error whatever the subcommand
  std::vector<facts::CacheInput> inputs;
  facts::TranslationUnit tu =
      extract::extractOne(project.commands.front(), extractOptions(project, options), &inputs);
  writeOutput(output, facts::writeFactsJson(tu));
  if (!depfilePath.empty()) {
    if (output.empty() || output == "-")
      throw UsageError("--depfile needs -o FILE: the depfile names it");
    if (inputs.empty()) // a generated TU, not parsed: it depends on itself
      inputs.push_back({project.commands.front().Filename, ""});
    writeOutput(depfilePath, depfile(output, inputs));
  }
  if (tu.failure.empty())
    return kExitClean;
  std::string shown = graph::relativeToRoot(tu.mainFile, project.root);
  std::cerr << shown << ": error: analysis of " << shown << " failed: " << tu.failure << "\n";
  return kExitIncomplete;
}

int runCacheClean(const ProjectOptions &options) {
  if (options.buildDir.empty() && options.cacheDir.empty())
    throw UsageError("cache clean: give -p BUILD_DIR or --cache-dir DIR");
  std::string dir = cacheDirectory(options);
  std::string error;
  size_t removed = facts::cleanCache(dir, error);
  if (!error.empty())
    throw UsageError(error);
  std::cerr << "msglint: removed " << removed << (removed == 1 ? " entry" : " entries")
            << " from the cache " << dir << "\n";
  return kExitClean;
}

void addReportOptions(CLI::App &cmd, CheckOptions &check) {
  cmd.add_option("--fail-on", check.failOn,
                 "lowest severity that makes the exit code 1: note, warning, error, never");
  cmd.add_flag("--strict", check.strict,
               "exit 3 also when a translation unit had compile errors (a failed analysis "
               "always exits 3)");
  cmd.add_option("--format", check.format, "text (default), json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  cmd.add_option("-o,--output", check.output, "write the findings to this file");
  cmd.add_option("--baseline", check.baseline,
                 "report, and fail on, only findings not recorded in this baseline file");
  cmd.add_option("--write-baseline", check.writeBaseline,
                 "record every finding in this baseline file (exit code 0)");
  cmd.add_flag("--report-unused-suppressions", check.reportUnusedSuppressions,
               "warn about suppression comments that suppress nothing (exit 1 with "
               "--fail-on warning or note)");
  cmd.add_option("--sarif-category", check.category,
                 "SARIF automationDetails.id category (default msglint)");
}

struct DiffOptions {
  std::vector<std::string> graphs; // BASE HEAD, or HEAD (or nothing) with --base-rev
  std::string baseRev;
  ProjectOptions project; // with --base-rev
  std::string format = "text";
  std::string output;
  std::string failOn;
  std::string linkBase;
};

nlohmann::json readGraph(const std::string &text, const std::string &path) {
  std::string error;
  auto doc = report::readGraphDocument(text, path, error);
  if (!doc)
    throw UsageError(error);
  return *doc;
}

nlohmann::json readGraphFile(const std::string &path) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer)
    throw UsageError(path + ": " + buffer.getError().message());
  return readGraph((*buffer)->getBuffer().str(), path);
}

// The graph document of a project, as `graph --format json` writes it.
std::string projectGraph(const Project &project, const ProjectOptions &options) {
  auto rules = configured(project);
  graph::Model model = analyse(project, options);
  report::writeRunNotes(std::cerr, model);
  return renderGraph(model, rules, "json", "");
}

// BASE and HEAD: two files, or with --base-rev the revision's graph and
// HEAD's file or, without one, the graph of the project as it is.
std::pair<nlohmann::json, nlohmann::json> diffSides(const DiffOptions &options) {
  if (options.baseRev.empty()) {
    if (options.graphs.size() != 2)
      throw UsageError("diff takes two graphs, BASE and HEAD (msglint graph --format json), "
                       "or --base-rev REV -p BUILD_DIR");
    return {readGraphFile(options.graphs[0]), readGraphFile(options.graphs[1])};
  }
  if (options.project.buildDir.empty())
    throw UsageError("--base-rev needs -p BUILD_DIR, the build directory of the project");
  if (options.graphs.size() > 1)
    throw UsageError("with --base-rev, diff takes at most one graph, HEAD");
  Project head = openProject(options.project);
  configured(head); // a bad config is an error before the slow part
  nlohmann::json headGraph = options.graphs.empty()
                                 ? readGraph(projectGraph(head, options.project), "HEAD")
                                 : readGraphFile(options.graphs[0]);
  std::string baseText;
  withBaseRevision(head, options.project, options.baseRev, [&](Project &base) {
    baseText = projectGraph(base, options.project);
  });
  return {readGraph(baseText, options.baseRev), std::move(headGraph)};
}

std::vector<std::string> parseDiffFailOn(const std::string &text) {
  std::vector<std::string> kinds;
  llvm::SmallVector<llvm::StringRef> entries;
  llvm::StringRef(text).split(entries, ',', -1, false);
  for (llvm::StringRef entry : entries) {
    std::string kind = entry.trim().str();
    if (std::find(report::kDiffFailKinds.begin(), report::kDiffFailKinds.end(), kind) ==
        report::kDiffFailKinds.end()) {
      std::string known;
      for (const std::string &k : report::kDiffFailKinds)
        known += (known.empty() ? "" : ", ") + k;
      throw UsageError("--fail-on: unknown kind of change '" + kind + "' (known: " + known + ")");
    }
    kinds.push_back(kind);
  }
  return kinds;
}

int runDiff(const DiffOptions &options) {
  std::vector<std::string> failOn = parseDiffFailOn(options.failOn); // before reading: fail early
  auto [base, head] = diffSides(options);
  report::GraphDiff diff = report::diffGraphs(base, head);
  std::string out = options.format == "json"       ? report::diffJson(diff)
                    : options.format == "markdown" ? report::diffMarkdown(diff, options.linkBase)
                                                   : report::diffText(diff);
  writeOutput(options.output, out);
  std::vector<std::string> failing = report::failingKinds(diff, failOn);
  for (const std::string &kind : failing)
    std::cerr << "msglint: diff: the change has a " << kind << " (--fail-on)\n";
  return failing.empty() ? kExitClean : kExitFindings;
}

void listRules() {
  for (const rules::RuleInfo &rule : rules::catalogue()) {
    std::cout << rule.id << " (" << rules::toString(rule.level) << "): " << rule.summary;
    for (const rules::OptionInfo &o : rule.options)
      std::cout << " [" << o.name << "=" << rules::describe(o, o.defaultValue) << "]";
    std::cout << "\n";
  }
}

int run(int argc, char **argv) {
  CLI::App app{"msglint: lints the messaging architecture of C++ services"};
  app.set_version_flag("--version", std::string("msglint ") + MSGLINT_VERSION);
  std::string listFormat;
  CLI::Option *list =
      app.add_option("--list-rules", listFormat,
                     "print every rule: id, default level, summary, options; "
                     "--list-rules=markdown prints the tables of docs/rules/README.md")
          ->expected(0, 1)
          ->check(CLI::IsMember({"", "text", "markdown"}));
  app.require_subcommand(0, 1);

  ProjectOptions checkOptions;
  CheckOptions check;
  CLI::App *checkCmd = app.add_subcommand("check", "report anti-patterns as diagnostics");
  addProjectOptions(*checkCmd, checkOptions);
  addReportOptions(*checkCmd, check);
  checkCmd->add_flag("--changed", check.changed,
                     "FILE... are changed files (sources or headers): analyse the whole project "
                     "(unchanged TUs come from the cache) and report only the findings that "
                     "touch them; what the pre-commit hook runs");

  LinkOptions linkOptions;
  CheckOptions linkCheck;
  CLI::App *linkCmd = app.add_subcommand(
      "link", "check facts files written by `msglint extract` (a build system's actions)");
  linkCmd->add_option("--root", linkOptions.root, "project root (the facts' paths are absolute)")
      ->required();
  linkCmd->add_option("--config", linkOptions.configFile,
                      "configuration file (default: .msglint.yaml found upward from the root)");
  linkCmd->add_option("-j,--jobs", linkOptions.jobs,
                      "facts files read in parallel (default: one per core)");
  linkCmd->add_flag("-v,--verbose", linkOptions.verbose,
                    "say how long reading the facts, linking them and the rules took");
  linkCmd->add_option("facts", linkOptions.inputs, "facts files, or folders of them (*.json)")
      ->required();
  addReportOptions(*linkCmd, linkCheck);

  ProjectOptions graphOptions;
  std::string format = "json", graphOutput;
  CLI::App *graphCmd = app.add_subcommand("graph", "print the architecture graph");
  addProjectOptions(*graphCmd, graphOptions);
  graphCmd->add_option("--format", format,
                       "json (default), dot, mermaid, html (an interactive page), summary "
                       "(a table per service) or asyncapi (an AsyncAPI 3.0 document of the "
                       "event and job channels)")
      ->check(CLI::IsMember({"json", "dot", "mermaid", "html", "summary", "asyncapi"}));
  graphCmd->add_option("-o,--output", graphOutput, "write the graph to this file");

  ProjectOptions extractOptions;
  std::string extractFile, extractOutput;
  CLI::App *extractCmd = app.add_subcommand("extract", "print the facts of one translation unit");
  addProjectOptions(*extractCmd, extractOptions, /*manyFiles=*/false);
  extractCmd->add_option("file", extractFile, "the source file")->required();
  extractCmd->add_option("-o,--output", extractOutput, "write the facts to this file");
  std::string extractDepfile;
  extractCmd->add_option("--depfile", extractDepfile,
                         "also write the project files the TU was made of, as a Make rule "
                         "for Ninja's depfile (needs -o)");

  ProjectOptions cacheOptions;
  CLI::App *cacheCmd = app.add_subcommand("cache", "manage the facts cache");
  CLI::App *cleanCmd = cacheCmd->add_subcommand("clean", "remove every entry of the facts cache");
  cacheCmd->require_subcommand(1);
  cleanCmd->add_option("-p,--build-dir", cacheOptions.buildDir,
                       "build directory whose cache (BUILD_DIR/.msglint-cache) to clean");
  addCacheDirOption(*cleanCmd, cacheOptions);

  lsp::ServerOptions lspOptions;
  CLI::App *lspCmd = app.add_subcommand(
      "lsp", "serve diagnostics to an editor: the Language Server Protocol on stdin/stdout "
             "(docs/editors.md)");
  lspCmd->add_option("--compile-commands-dir", lspOptions.compileCommandsDir,
                     "folder of compile_commands.json (default: the workspace root, or its build/)");
  lspCmd->add_option("--debounce-ms", lspOptions.debounceMs,
                     "quiet time after an edit before analysing it (default 300)");
  lspCmd->add_option("-j,--jobs", lspOptions.jobs, "parallel jobs of the first analysis (default: one per core)");
  lspCmd->add_flag("-v,--verbose", lspOptions.verbose, "log each translation unit parsed to stderr");

  DiffOptions diff;
  CLI::App *diffCmd = app.add_subcommand(
      "diff", "what a change does to the architecture, from two graphs of graph --format json");
  diffCmd->add_option("graphs", diff.graphs,
                      "BASE and HEAD: graph --format json documents (with --base-rev: HEAD, "
                      "or nothing for the project as it is)")
      ->expected(0, 2);
  diffCmd->add_option("--base-rev", diff.baseRev,
                      "build BASE from this git revision of the project (a worktree under the "
                      "build directory, removed afterwards)");
  diffCmd->add_option("-p,--build-dir", diff.project.buildDir,
                      "with --base-rev: the build directory holding compile_commands.json");
  diffCmd->add_option("--root", diff.project.root, "with --base-rev: the project root");
  diffCmd->add_option("--config", diff.project.configFile,
                      "with --base-rev: the configuration of both sides (default: each "
                      "revision's own .msglint.yaml)");
  diffCmd->add_option("-j,--jobs", diff.project.jobs, "with --base-rev: parallel jobs");
  diffCmd->add_option("--format", diff.format, "text (default), markdown (a PR comment) or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}));
  diffCmd->add_option("-o,--output", diff.output, "write the diff to this file");
  diffCmd->add_option("--fail-on", diff.failOn,
                      "exit 1 when the change has one of these, comma-separated: new-sync-edge, "
                      "new-edge, removed-edge, new-node, removed-node, renamed, longer-chain, "
                      "new-finding");
  diffCmd->add_option("--link-base", diff.linkBase,
                      "markdown: link each file:line to LINK_BASE + file + #Lline (a blob URL "
                      "of the head revision, ending in /)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError &e) {
    int code = app.exit(e);
    return code == 0 ? kExitClean : kExitUsage;
  }
  try {
    if (list->count()) {
      writeRuleList(std::cout, listFormat == "markdown" ? RuleListFormat::Markdown : RuleListFormat::Text);
      return kExitClean;
    }
    if (checkCmd->parsed())
      return runCheck(checkOptions, check);
    if (linkCmd->parsed())
      return runLink(linkOptions, linkCheck);
    if (graphCmd->parsed())
      return runGraph(graphOptions, format, graphOutput);
    if (cleanCmd->parsed())
      return runCacheClean(cacheOptions);
    if (diffCmd->parsed())
      return runDiff(diff);
    if (extractCmd->parsed())
      return runExtract(extractOptions, extractFile, extractOutput, extractDepfile);
    if (lspCmd->parsed()) {
      std::ios::sync_with_stdio(false);
      lsp::Server server(std::cout, lspOptions);
      return server.run(std::cin);
    }
    std::cerr << app.help();
    return kExitUsage;
  } catch (const UsageError &e) {
    std::cerr << "msglint: error: " << e.what() << "\n";
    return kExitUsage;
  }
}

} // namespace
} // namespace msglint::cli

int main(int argc, char **argv) {
#ifdef __GLIBC__
  // No fastbins: a scan frees and allocates millions of small blocks
  // (facts read, then moved into the model), and glibc's consolidation of
  // fastbins on each large request grew faster than the scan did: linking
  // 4 million sites took 8.9 s with them and 5.8 s without
  // (docs/performance.md#benchmarks, "Link and rules at scale"). Thread caches stay.
  mallopt(M_MXFAST, 0);
#endif
  return msglint::cli::run(argc, argv);
}
