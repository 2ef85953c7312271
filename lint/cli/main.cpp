// msglint: the command line (docs/usage.md).
#include "cli/ExitCodes.h"
#include "cli/Pipeline.h"
#include "extract/Extractor.h"
#include "facts/FactsJson.h"
#include "graph/Architecture.h"
#include "report/GraphFormats.h"
#include "report/Suppressions.h"
#include "report/TextReport.h"
#include "rules/Rule.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <sstream>

#ifndef MSGLINT_VERSION
#define MSGLINT_VERSION "0.0.0"
#endif

namespace msglint::cli {
namespace {

void addProjectOptions(CLI::App &cmd, ProjectOptions &options, bool files = true) {
  cmd.add_option("-p,--build-dir", options.buildDir,
                 "build directory holding compile_commands.json")
      ->required();
  cmd.add_option("--root", options.root,
                 "project root (default: nearest ancestor of the build directory with "
                 ".msglint.yaml or .git)");
  cmd.add_option("--config", options.configFile,
                 "configuration file (default: .msglint.yaml found upward from the root)");
  cmd.add_option("-j,--jobs", options.jobs, "parallel jobs (default: one per core)");
  if (files)
    cmd.add_option("files", options.files, "only analyse these source files");
}

std::vector<rules::ConfiguredRule> configured(const Project &project) {
  std::string error;
  auto rules = rules::configureRules(project.config, error);
  if (!rules)
    throw UsageError(error);
  return *rules;
}

bool incomplete(const graph::Model &model) {
  for (const auto &tu : model.translationUnits)
    if (tu.errorCount > 0 || !tu.failure.empty())
      return true;
  return false;
}

int runCheck(const ProjectOptions &options, const std::string &failOn, bool strict,
             const std::string &output) {
  rules::Severity threshold = rules::Severity::Warning;
  if (failOn != "never" && !rules::parseSeverity(failOn, threshold))
    throw UsageError("--fail-on must be note, warning, error or never, not '" + failOn + "'");
  Project project = openProject(options);
  auto rules = configured(project);
  graph::Model model = analyse(project, options.jobs);
  std::vector<rules::Finding> findings = rules::runRules(model, rules);
  size_t suppressed = report::applySuppressions(model, findings);
  report::sortFindings(findings);

  std::ostringstream text;
  report::writeText(text, findings);
  writeOutput(output, text.str());
  report::writeTranslationUnitNotes(std::cerr, model);

  size_t failing = 0;
  for (const rules::Finding &f : findings)
    if (failOn != "never" && f.severity >= threshold)
      ++failing;
  std::cerr << "msglint: " << findings.size() << " finding" << (findings.size() == 1 ? "" : "s")
            << " in " << model.translationUnits.size() << " translation unit"
            << (model.translationUnits.size() == 1 ? "" : "s") << " of " << model.services.size()
            << " service" << (model.services.size() == 1 ? "" : "s");
  if (suppressed)
    std::cerr << " (" << suppressed << " suppressed)";
  std::cerr << "\n";
  if (strict && incomplete(model))
    return kExitIncomplete;
  return failing ? kExitFindings : kExitClean;
}

int runGraph(const ProjectOptions &options, const std::string &format, const std::string &output) {
  Project project = openProject(options);
  graph::Model model = analyse(project, options.jobs);
  graph::Architecture arch = graph::buildArchitecture(model);
  std::string text = format == "json"  ? report::graphJson(arch)
                     : format == "dot" ? report::graphDot(arch)
                                       : report::graphMermaid(arch);
  writeOutput(output, text);
  report::writeTranslationUnitNotes(std::cerr, model);
  return kExitClean;
}

int runExtract(ProjectOptions options, const std::string &file, const std::string &output,
               bool parseAllBodies) {
  options.files = {file};
  Project project = openProject(options);
  extract::ExtractOptions extractOptions;
  extractOptions.root = project.root;
  extractOptions.generatedGlobs = project.config.generated;
  extractOptions.resourceDir = MSGLINT_CLANG_RESOURCE_DIR;
  extractOptions.skipSystemBodies = !parseAllBodies;
  facts::TranslationUnit tu = extract::extractOne(project.commands.front(), extractOptions);
  writeOutput(output, facts::writeFactsJson(tu));
  return kExitClean;
}

void listRules() {
  for (const rules::RuleInfo &rule : rules::catalogue()) {
    std::cout << rule.id << " (" << rules::toString(rule.level) << "): " << rule.summary;
    for (const rules::OptionInfo &o : rule.options)
      std::cout << " [" << o.name << "=" << o.defaultValue << "]";
    std::cout << "\n";
  }
}

int run(int argc, char **argv) {
  CLI::App app{"msglint: lints the messaging architecture of C++ services"};
  app.set_version_flag("--version", std::string("msglint ") + MSGLINT_VERSION);
  bool list = false;
  app.add_flag("--list-rules", list, "print every rule: id, default level, summary");
  app.require_subcommand(0, 1);

  ProjectOptions checkOptions;
  std::string failOn = "warning", checkOutput;
  bool strict = false;
  CLI::App *check = app.add_subcommand("check", "report anti-patterns as diagnostics");
  addProjectOptions(*check, checkOptions);
  check->add_option("--fail-on", failOn,
                    "lowest severity that makes the exit code 1: note, warning, error, never");
  check->add_flag("--strict", strict, "exit 3 when a translation unit could not be fully analysed");
  check->add_option("-o,--output", checkOutput, "write the diagnostics to this file");

  ProjectOptions graphOptions;
  std::string format = "json", graphOutput;
  CLI::App *graphCmd = app.add_subcommand("graph", "print the architecture graph");
  addProjectOptions(*graphCmd, graphOptions);
  graphCmd->add_option("--format", format, "json, dot or mermaid")
      ->check(CLI::IsMember({"json", "dot", "mermaid"}));
  graphCmd->add_option("-o,--output", graphOutput, "write the graph to this file");

  ProjectOptions extractOptions;
  std::string extractFile, extractOutput;
  CLI::App *extractCmd = app.add_subcommand("extract", "print the facts of one translation unit");
  addProjectOptions(*extractCmd, extractOptions, /*files=*/false);
  extractCmd->add_option("file", extractFile, "the source file")->required();
  extractCmd->add_option("-o,--output", extractOutput, "write the facts to this file");
  bool parseAllBodies = false;
  extractCmd->add_flag("--parse-system-bodies", parseAllBodies,
                       "also parse function bodies in system headers (slower; the facts are "
                       "the same, which the tests check)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError &e) {
    int code = app.exit(e);
    return code == 0 ? kExitClean : kExitUsage;
  }
  try {
    if (list) {
      listRules();
      return kExitClean;
    }
    if (check->parsed())
      return runCheck(checkOptions, failOn, strict, checkOutput);
    if (graphCmd->parsed())
      return runGraph(graphOptions, format, graphOutput);
    if (extractCmd->parsed())
      return runExtract(extractOptions, extractFile, extractOutput, parseAllBodies);
    std::cerr << app.help();
    return kExitUsage;
  } catch (const UsageError &e) {
    std::cerr << "msglint: error: " << e.what() << "\n";
    return kExitUsage;
  }
}

} // namespace
} // namespace msglint::cli

int main(int argc, char **argv) { return msglint::cli::run(argc, argv); }
