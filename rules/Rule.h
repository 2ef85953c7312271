// The rule catalogue (DESIGN.md §4): every rule's metadata lives in one
// table in Catalogue.cpp; registration, --list-rules and the docs index all
// come from it. A rule is a pure function of the linked model.
#pragma once

#include "config/Config.h"
#include "graph/Model.h"
#include "graph/SyncCalls.h"
#include "naming/Classifier.h"
#include "rules/Finding.h"

#include <llvm/Support/Regex.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace msglint::rules {

enum class OptionType {
  Integer,    // MaxDepth: 3 (non-negative)
  StringList, // AllowedWords: [ack, upsert], or one string
  Regex,      // AllowedPattern: '^legacy\.' (POSIX extended, matched against the whole name)
};

// An option's value: `integer`, `strings` or `pattern` by the option's type.
struct OptionValue {
  int integer = 0;
  std::vector<std::string> strings;
  std::string pattern;                      // "" matches nothing
  std::shared_ptr<const llvm::Regex> regex; // `pattern` compiled; null when empty

  friend bool operator==(const OptionValue &a, const OptionValue &b) {
    return a.integer == b.integer && a.strings == b.strings && a.pattern == b.pattern;
  }
};

struct OptionInfo {
  // An integer option: {"MaxDepth", 3, "help"}.
  OptionInfo(std::string name, int defaultValue, std::string help)
      : name(std::move(name)), help(std::move(help)) {
    this->defaultValue.integer = defaultValue;
  }
  // A list of strings, empty by default; `checkItem` returns what is wrong
  // with one item ("" when nothing is).
  static OptionInfo stringList(std::string name, std::string help,
                               std::string (*checkItem)(const std::string &) = nullptr);
  // A regular expression, empty (matching nothing) by default.
  static OptionInfo regex(std::string name, std::string help);

  std::string name;
  OptionType type = OptionType::Integer;
  OptionValue defaultValue;
  std::string help;
  std::string (*checkItem)(const std::string &) = nullptr;
};

// A value as --list-rules and the docs show it: 3, [], [ack, upsert], ''.
std::string describe(const OptionInfo &option, const OptionValue &value);

class RuleContext;
using RunFn = void (*)(RuleContext &, std::vector<Finding> &);

// What a rule needs to see: the whole graph, or only one translation unit
// (its findings on one TU are those of a whole scan, as far as that TU's own
// code goes). The latter are clang-tidy checks too: msglint-<id> (lint/tidy).
enum class Scope { Graph, TranslationUnit };

struct RuleInfo {
  std::string id;
  Severity level;
  std::string summary;
  std::vector<OptionInfo> options;
  RunFn run;
  Scope scope = Scope::Graph;
};

const std::vector<RuleInfo> &catalogue();

// A rule as configured for this run: enabled, its severity and options.
struct ConfiguredRule {
  const RuleInfo *info;
  Severity severity;
  std::map<std::string, OptionValue> options;
  const config::Policies *policies = nullptr; // the config's, for the `policy` rule
};

// Applies `checks`, per-rule severity and options from the config. On
// error (unknown rule id or option, bad value) returns nullopt and sets
// `error` to a message naming the file and the problem.
std::optional<std::vector<ConfiguredRule>> configureRules(const config::Config &config,
                                                          std::string &error);

class RuleContext {
public:
  RuleContext(const graph::Model &model, graph::SyncCalls &sync)
      : model(model), sync(sync) {}
  const graph::Model &model;
  graph::SyncCalls &sync;

  // Set by runRules: the rule being run, and every rule this run enables.
  const ConfiguredRule *rule = nullptr;
  const std::vector<ConfiguredRule> *rules = nullptr;
  int option(const std::string &name) const { return rule->options.at(name).integer; }
  const std::vector<std::string> &listOption(const std::string &name) const {
    return rule->options.at(name).strings;
  }
  // Null when the pattern is empty.
  const llvm::Regex *patternOption(const std::string &name) const {
    return rule->options.at(name).regex.get();
  }
  // Event names as the naming rules read them in this run (one vocabulary
  // for both, from both rules' options): each name is read once.
  std::unordered_map<std::string, naming::NameReading> eventNameReadings;
  // Another rule's settings in this run, or null when it is not enabled.
  const ConfiguredRule *configured(const std::string &id) const;
  Finding finding(const facts::Location &loc, std::string message) const;
};

std::vector<Finding> runRules(const graph::Model &model,
                              const std::vector<ConfiguredRule> &rules);

// Helpers shared by several rules.
std::string describeEndpoint(const graph::Model &model, const std::string &endpoint);
// "in the 3 services and 12 translation units scanned": the scope a
// whole-graph rule saw, for its message.
std::string scopeSeen(const graph::Model &model);
// The channels (topics or queues) with sites on one side only: for each,
// one finding at the first site of the side that is there, with a note per
// other such site. `producers`: the side that must be there.
void reportOneSidedChannels(RuleContext &ctx, const std::map<std::string, graph::Channel> &channels,
                            bool producers, const std::string &what, const std::string &problem,
                            const std::string &advice, const std::string &noteVerb,
                            std::vector<Finding> &out);
// "1 service", "3 services".
std::string plural(size_t n, const std::string &noun);
// "'ns::Impl::Do' (pkg.Service/Do)": an entry point as messages name it.
std::string describeEntryPoint(const graph::Function &fn);

} // namespace msglint::rules
