// The rule catalogue (DESIGN.md §4): every rule's metadata lives in one
// table in Catalogue.cpp; registration, --list-rules and the docs index all
// come from it. A rule is a pure function of the linked model.
#pragma once

#include "config/Config.h"
#include "graph/Model.h"
#include "graph/SyncCalls.h"
#include "rules/Finding.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace msglint::rules {

struct OptionInfo {
  std::string name;
  int defaultValue;
  std::string help;
};

class RuleContext;
using RunFn = void (*)(RuleContext &, std::vector<Finding> &);

struct RuleInfo {
  std::string id;
  Severity level;
  std::string summary;
  std::vector<OptionInfo> options;
  RunFn run;
};

const std::vector<RuleInfo> &catalogue();

// A rule as configured for this run: enabled, its severity and options.
struct ConfiguredRule {
  const RuleInfo *info;
  Severity severity;
  std::map<std::string, int> options;
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

  // Set by runRules for the rule being run.
  const ConfiguredRule *rule = nullptr;
  int option(const std::string &name) const { return rule->options.at(name); }
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
