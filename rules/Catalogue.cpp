#include "rules/EventNames.h"
#include "rules/Rule.h"
#include "rules/RuleFunctions.h"

#include <llvm/ADT/StringRef.h>
#include "config/Glob.h"

#include <algorithm>

namespace msglint::rules {

const std::vector<RuleInfo> &catalogue() {
  static const std::vector<RuleInfo> rules = {
      {"sync-chain-depth", Severity::Warning,
       "an entry point whose longest synchronous call chain crosses more than MaxDepth services",
       {{"MaxDepth", 3, "the most synchronous hops allowed in a chain"}},
       runSyncChainDepth},
      {"sync-fan-out", Severity::Warning,
       "an entry point that waits, directly or transitively, on more than MaxServices services",
       {{"MaxServices", 4, "the most distinct services an entry point may wait on"}},
       runSyncFanOut},
      {"sync-cycle", Severity::Error, "services that call each other synchronously in a cycle",
       {}, runSyncCycle},
      {"ignored-call-result", Severity::Warning,
       "a synchronous call whose status or result is discarded or never checked",
       {}, runIgnoredCallResult, Scope::TranslationUnit},
      {"call-without-deadline", Severity::Warning,
       "a synchronous RPC made without a deadline", {}, runCallWithoutDeadline, Scope::TranslationUnit},
      {"sync-call-in-loop", Severity::Warning,
       "a blocking call repeated in a loop (chatty N+1 calls)", {}, runSyncCallInLoop, Scope::TranslationUnit},
      {"task-named-event", Severity::Warning,
       "an event named like a command or task instead of a fact",
       {OptionInfo::stringList("AllowedWords", "words never read as signs of a task", checkWord),
        OptionInfo::stringList("DeniedWords", "words read as signs of a task wherever they appear",
                               checkWord),
        OptionInfo::regex("AllowedPattern", "event names this rule accepts (the whole name)")},
       runTaskNamedEvent, Scope::TranslationUnit},
      {"vague-event-name", Severity::Warning, "an event name that states no fact",
       {OptionInfo::stringList("AllowedWords", "words that state a fact, like past participles",
                               checkWord),
        OptionInfo::stringList("DeniedWords", "words that state no fact, past participles or not",
                               checkWord),
        OptionInfo::regex("AllowedPattern", "event names this rule accepts (the whole name)")},
       runVagueEventName, Scope::TranslationUnit},
      {"event-without-consumer", Severity::Note,
       "an event (or job queue) that nothing in the scanned code consumes", {},
       runEventWithoutConsumer},
      {"consumer-without-producer", Severity::Note,
       "a subscription (or worker) on a name that nothing in the scanned code produces", {},
       runConsumerWithoutProducer},
      {"dynamic-target", Severity::Note, "a site whose target could not be resolved statically",
       {}, runDynamicTarget, Scope::TranslationUnit},
      {"single-consumer-event", Severity::Warning,
       "an event consumed by exactly one service: a job says that more plainly", {},
       runSingleConsumerEvent},
      {"shared-job-queue", Severity::Warning,
       "a job queue worked by more than one service: a job has one owner", {},
       runSharedJobQueue},
      {"premature-event", Severity::Warning,
       "an event published before a later step of the same function that can still fail", {},
       runPrematureEvent, Scope::TranslationUnit},
      {"request-reply-over-bus", Severity::Warning,
       "a function that sends a message and then waits for a reply on the bus itself", {},
       runRequestReplyOverBus, Scope::TranslationUnit},
      {"policy", Severity::Warning,
       "a dependency, name or consumer that breaks one of the architecture policies of "
       ".msglint.yaml, or a policy that matches nothing",
       {}, runPolicy},
  };
  return rules;
}

const char *toString(Severity s) {
  switch (s) {
  case Severity::Note:
    return "note";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  return "warning";
}

bool parseSeverity(const std::string &name, Severity &out) {
  for (Severity s : {Severity::Note, Severity::Warning, Severity::Error})
    if (name == toString(s)) {
      out = s;
      return true;
    }
  return false;
}

OptionInfo OptionInfo::stringList(std::string name, std::string help,
                                  std::string (*checkItem)(const std::string &)) {
  OptionInfo option(std::move(name), 0, std::move(help));
  option.type = OptionType::StringList;
  option.checkItem = checkItem;
  return option;
}

OptionInfo OptionInfo::regex(std::string name, std::string help) {
  OptionInfo option(std::move(name), 0, std::move(help));
  option.type = OptionType::Regex;
  return option;
}

std::string describe(const OptionInfo &option, const OptionValue &value) {
  switch (option.type) {
  case OptionType::Integer:
    return std::to_string(value.integer);
  case OptionType::StringList: {
    std::string items;
    for (const std::string &s : value.strings)
      items += (items.empty() ? "" : ", ") + s;
    return "[" + items + "]";
  }
  case OptionType::Regex:
    return "'" + value.pattern + "'";
  }
  return "";
}

namespace {

const RuleInfo *findRule(const std::string &id) {
  for (const RuleInfo &rule : catalogue())
    if (rule.id == id)
      return &rule;
  return nullptr;
}

// An option's value from its text, checked against its type. On error,
// sets `where` (the key's position, or the bad item's) and `problem`.
std::optional<OptionValue> parseOption(const OptionInfo &option, const config::OptionText &text,
                                       const std::string &keyWhere, std::string &where,
                                       std::string &problem) {
  where = keyWhere;
  OptionValue value;
  switch (option.type) {
  case OptionType::Integer:
    if (text.isList) {
      problem = "must be a non-negative integer, not a list";
      return std::nullopt;
    }
    if (llvm::StringRef(text.values[0]).getAsInteger(10, value.integer) || value.integer < 0) {
      problem = "must be a non-negative integer, not '" + text.values[0] + "'";
      return std::nullopt;
    }
    return value;
  case OptionType::StringList:
    for (size_t i = 0; i < text.values.size(); ++i) {
      std::string bad = option.checkItem ? option.checkItem(text.values[i]) : "";
      if (!bad.empty()) {
        where = text.where[i];
        problem = "item '" + text.values[i] + "' " + bad;
        return std::nullopt;
      }
      value.strings.push_back(text.values[i]);
    }
    return value;
  case OptionType::Regex: {
    if (text.isList) {
      problem = "must be one regular expression, not a list";
      return std::nullopt;
    }
    value.pattern = text.values[0];
    if (value.pattern.empty())
      return value;
    // The pattern must match the whole name, not a part of it.
    auto regex = std::make_shared<llvm::Regex>("^(" + value.pattern + ")$");
    std::string why;
    if (!regex->isValid(why)) {
      where = text.where[0];
      problem = "is not a valid regular expression: '" + value.pattern + "': " + why;
      return std::nullopt;
    }
    value.regex = std::move(regex);
    return value;
  }
  }
  return std::nullopt;
}

} // namespace

std::optional<std::vector<ConfiguredRule>> configureRules(const config::Config &config,
                                                          std::string &error) {
  // Every rule's settings are checked, enabled or not: a typo must not wait
  // until someone turns the rule on.
  std::vector<ConfiguredRule> all;
  for (const auto &[id, settings] : config.rules)
    if (!findRule(id)) {
      error = settings.where + ": unknown rule id '" + id + "' (msglint --list-rules lists them)";
      return std::nullopt;
    }
  for (const RuleInfo &rule : catalogue()) {
    ConfiguredRule configured{&rule, rule.level, {}, &config.architecture};
    for (const OptionInfo &option : rule.options)
      configured.options[option.name] = option.defaultValue;
    if (auto it = config.rules.find(rule.id); it != config.rules.end()) {
      const config::RuleSettings &settings = it->second;
      auto at = [&](const std::string &name) {
        auto w = settings.optionWhere.find(name);
        return w == settings.optionWhere.end() ? settings.where : w->second;
      };
      if (settings.severity && !parseSeverity(*settings.severity, configured.severity)) {
        error = at("severity") + ": rule '" + rule.id +
                "': severity must be note, warning or error, not '" + *settings.severity + "'";
        return std::nullopt;
      }
      for (const auto &[name, text] : settings.options) {
        auto option = std::find_if(rule.options.begin(), rule.options.end(),
                                   [&](const OptionInfo &o) { return o.name == name; });
        if (option == rule.options.end()) {
          std::string known;
          for (const OptionInfo &o : rule.options)
            known += (known.empty() ? "" : ", ") + o.name;
          error = at(name) + ": rule '" + rule.id + "' has no option '" + name + "'" +
                  (known.empty() ? std::string(" (it takes none besides severity)")
                                 : " (options: severity, " + known + ")");
          return std::nullopt;
        }
        std::string where, problem;
        auto value = parseOption(*option, text, at(name), where, problem);
        if (!value) {
          error = where + ": rule '" + rule.id + "': option '" + name + "' " + problem;
          return std::nullopt;
        }
        configured.options[name] = std::move(*value);
      }
    }
    all.push_back(std::move(configured));
  }

  // `checks` applies after the default "*", entries in order, like
  // clang-tidy's Checks: the last entry that matches a rule decides.
  std::map<std::string, bool> enabled;
  for (const RuleInfo &rule : catalogue())
    enabled[rule.id] = true;
  std::string where = config.checksWhere.empty() ? config.path : config.checksWhere;
  llvm::SmallVector<llvm::StringRef> entries;
  llvm::StringRef(config.checks).split(entries, ',', -1, false);
  for (llvm::StringRef entry : entries) {
    entry = entry.trim();
    if (entry.empty())
      continue;
    bool negative = entry.consume_front("-");
    auto pattern = config::compileGlob(entry);
    if (!pattern) {
      error = where + ": bad glob '" + entry.str() + "' in checks: " +
              llvm::toString(pattern.takeError());
      return std::nullopt;
    }
    bool matched = false;
    for (auto &[id, on] : enabled)
      if (pattern->match(id)) {
        on = !negative;
        matched = true;
      }
    if (!matched && entry.find_first_of("*?[{") == llvm::StringRef::npos) {
      error = where + ": unknown rule id '" + entry.str() +
              "' in checks (msglint --list-rules lists them)";
      return std::nullopt;
    }
  }
  std::vector<ConfiguredRule> out;
  for (ConfiguredRule &rule : all)
    if (enabled[rule.info->id])
      out.push_back(std::move(rule));
  return out;
}

Finding RuleContext::finding(const facts::Location &loc, std::string message) const {
  Finding f;
  f.rule = rule->info->id;
  f.severity = rule->severity;
  f.loc = loc;
  f.message = std::move(message);
  return f;
}

const ConfiguredRule *RuleContext::configured(const std::string &id) const {
  for (const ConfiguredRule &r : *rules)
    if (r.info->id == id)
      return &r;
  return nullptr;
}

std::vector<Finding> runRules(const graph::Model &model, const std::vector<ConfiguredRule> &rules) {
  graph::SyncCalls sync(model);
  RuleContext context(model, sync);
  context.rules = &rules;
  std::vector<Finding> findings;
  for (const ConfiguredRule &rule : rules) {
    context.rule = &rule;
    rule.info->run(context, findings);
  }
  return findings;
}

std::string describeEndpoint(const graph::Model &model, const std::string &endpoint) {
  auto it = model.endpoints.find(endpoint);
  if (it == model.endpoints.end() || it->second.services.empty())
    return endpoint + " (not implemented in the scanned code)";
  std::string services;
  for (const std::string &s : it->second.services)
    services += (services.empty() ? "" : ", ") + s;
  return endpoint + " (" + services + ")";
}

void reportOneSidedChannels(RuleContext &ctx, const std::map<std::string, graph::Channel> &channels,
                            bool producers, const std::string &what, const std::string &problem,
                            const std::string &advice, const std::string &noteVerb,
                            std::vector<Finding> &out) {
  for (const auto &[name, channel] : channels) {
    const std::vector<size_t> &present = producers ? channel.producers : channel.consumers;
    const std::vector<size_t> &missing = producers ? channel.consumers : channel.producers;
    if (present.empty() || !missing.empty())
      continue;
    const graph::Site &first = ctx.model.sites[present.front()];
    Finding f = ctx.finding(first.fact.loc, what + " '" + name + "' " + problem + " " +
                                                scopeSeen(ctx.model) + ": " + advice);
    for (size_t i = 1; i < present.size(); ++i) {
      const graph::Site &other = ctx.model.sites[present[i]];
      f.notes.push_back({other.fact.loc, noteVerb + ", by '" + other.functionName() + "'"});
    }
    out.push_back(std::move(f));
  }
}

std::string scopeSeen(const graph::Model &model) {
  return "in the " + plural(model.services.size(), "service") + " and " +
         plural(model.translationUnits.size(), "translation unit") + " scanned";
}

std::string plural(size_t n, const std::string &noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

std::string describeEntryPoint(const graph::Function &fn) {
  std::string what;
  for (const facts::Entry &e : fn.entries) {
    std::string one = e.kind == facts::SiteKind::Subscribe ? "consumes " + e.target
                      : e.kind == facts::SiteKind::Work    ? "works " + e.target
                                                           : e.target;
    what += (what.empty() ? "" : ", ") + one;
  }
  return "'" + fn.name + "' (" + what + ")";
}

} // namespace msglint::rules
