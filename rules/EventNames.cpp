#include "rules/EventNames.h"

#include <llvm/ADT/StringRef.h>

#include <cctype>
#include <optional>

namespace msglint::rules {
namespace {

naming::WordList words(const RuleContext &ctx, const std::string &rule, const std::string &option) {
  naming::WordList list;
  list.origin = option + " of " + rule;
  // A disabled rule's words do not count (docs/rules/task-named-event.md).
  if (const ConfiguredRule *configured = ctx.configured(rule))
    for (std::string word : configured->options.at(option).strings) {
      for (char &c : word)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      list.words.insert(word);
    }
  return list;
}

naming::Vocabulary vocabulary(const RuleContext &ctx) {
  naming::Vocabulary v;
  v.factWords = words(ctx, "vague-event-name", "AllowedWords");
  v.notFactWords = words(ctx, "vague-event-name", "DeniedWords");
  v.taskWords = words(ctx, "task-named-event", "DeniedWords");
  v.notTaskWords = words(ctx, "task-named-event", "AllowedWords");
  return v;
}

// The part of a topic that names the event. A ZeroMQ topic is its socket's
// address and the message prefix subscribers filter on
// ("tcp://*:5556#order.created", docs/presets/zeromq.md); an address alone
// names the socket's whole stream, not an event.
std::optional<std::string> eventName(const std::string &topic) {
  if (topic.find("://") == std::string::npos)
    return topic;
  size_t hash = topic.find('#');
  if (hash == std::string::npos)
    return std::nullopt;
  return topic.substr(hash + 1);
}

} // namespace

std::string checkWord(const std::string &item) {
  if (item.empty())
    return "is empty";
  for (char c : item)
    if (!std::isalnum(static_cast<unsigned char>(c)))
      return "is not one word: use letters and digits only (names are split into words at "
             "separators and case changes)";
  return "";
}

void reportEventNames(
    RuleContext &ctx, naming::NameClass kind,
    const std::function<std::string(const std::string &, const naming::NameReading &)> &message,
    std::vector<Finding> &out) {
  const naming::Vocabulary words = vocabulary(ctx);
  const llvm::Regex *allowed = ctx.patternOption("AllowedPattern");
  for (const auto &[name, topic] : ctx.model.topics) {
    // The publisher owns the name: a topic only subscribed to here is named
    // by code outside the scan, where a finding could not be acted on.
    std::optional<std::string> event = eventName(name);
    if (topic.producers.empty() || !event)
      continue;
    auto [known, fresh] = ctx.eventNameReadings.try_emplace(*event);
    if (fresh)
      known->second = naming::classifyName(*event, words);
    const naming::NameReading &reading = known->second;
    if (reading.kind != kind || (allowed && allowed->match(*event)))
      continue;
    const graph::Site &first = ctx.model.sites[topic.producers.front()];
    Finding f = ctx.finding(first.fact.loc, message(name, reading));
    for (size_t i = 1; i < topic.producers.size(); ++i) {
      const graph::Site &other = ctx.model.sites[topic.producers[i]];
      f.notes.push_back({other.fact.loc, "also published here, by '" + other.functionName() + "'"});
    }
    for (size_t consumer : topic.consumers) {
      const graph::Site &site = ctx.model.sites[consumer];
      f.notes.push_back({site.fact.loc, "subscribed to here, by '" + site.functionName() + "'"});
    }
    out.push_back(std::move(f));
  }
}

} // namespace msglint::rules
