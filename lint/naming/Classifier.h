// Reads an event name as a fact, a task or neither (DESIGN.md §4; the rules
// task-named-event and vague-event-name report the last two). How it reads
// a name is documented in docs/rules/task-named-event.md#how-names-are-read.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace msglint::naming {

enum class NameClass {
  Fact,  // states what happened: order.created, PaymentSent, user.signed_up
  Task,  // asks for work: send-email, SendEmailCommand, order.cancel
  Vague, // neither: user, data, order.status, notification
};

const char *toString(NameClass);

// Words a project adds to the lexicon (lowercase), with where they were
// given, for the reasons: "AllowedWords of vague-event-name".
struct WordList {
  std::set<std::string> words;
  std::string origin;
  bool has(const std::string &word) const { return words.count(word) != 0; }
};

struct Vocabulary {
  WordList factWords;    // state a fact: a name that ends in one is a fact
  WordList notFactWords; // never state a fact, even when past participles
  WordList taskWords;    // signs of a task wherever they appear
  WordList notTaskWords; // never signs of a task
};

struct NameReading {
  NameClass kind = NameClass::Vague;
  std::string word;       // the word that decided, as written ("" when none did)
  std::string reason;     // why, naming the word and its class, for messages
  std::string suggestion; // the name as a fact, in its own style ("" when none is sure)
};

NameReading classifyName(std::string_view name, const Vocabulary &vocabulary = {});

} // namespace msglint::naming
