// What task-named-event and vague-event-name share: one reading of each
// event name, fed by the word lists of both rules (so a name is reported by
// at most one of them), and one finding per name where it is published.
#pragma once

#include "naming/Classifier.h"
#include "rules/Rule.h"

#include <functional>
#include <string>
#include <vector>

namespace msglint::rules {

// The words of a word-list option: one word each, letters and digits
// ("" when `item` is fine; else what is wrong with it).
std::string checkWord(const std::string &item);

// For each event (topic) published in the scanned code whose name reads as
// `kind` and does not match the rule's AllowedPattern: one finding at its
// first publish site, with a note for each other publish and subscribe site.
// `message` words the finding from the name and its reading.
void reportEventNames(
    RuleContext &ctx, naming::NameClass kind,
    const std::function<std::string(const std::string &, const naming::NameReading &)> &message,
    std::vector<Finding> &out);

} // namespace msglint::rules
