// What English says about one word of an event name: its word classes from
// WordNet (through the table gen_lexicon.py builds), and the forms regular
// morphology derives from them (orders, created, unsubscribed, onboarding).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace msglint::naming {

struct WordClass {
  enum class Form {
    Base,   // a lemma: order, send, status
    Plural, // or a third-person verb: orders, sends (never a base-form verb)
    Gerund, // onboarding: a noun here
    Past,   // created, sent, unsubscribed: a past tense or participle
  };

  std::string word;   // lowercase, as looked up
  Form form = Form::Base;
  std::string lemma;  // orders -> order; the word itself for a base form
  std::string pastOf; // Form::Past: the base verb (sent -> send)
  // WordNet sense counts of the lemma as each class (0: not that class).
  unsigned noun = 0, verb = 0, adjective = 0;
  bool adverb = false;
  bool function = false; // a preposition, particle or determiner (to, up, the)
  bool particle = false; // an adverbial particle of phrasal verbs (up, out, in)
  bool known = false;    // WordNet or msglint's jargon list has it (or its lemma)
  bool jargon = false;   // from lint/naming/jargon.txt
  bool frequentVerb = false; // used as a verb more than as a noun or adjective (SemCor)
  std::string derivation; // how the form was read: "re- + index", "plural of order", ""
  std::string prefix;     // the verbal prefix it was read with: "re" (reindex, resent)

  // A past tense or participle (sent, created); some are base verbs too (set, read).
  bool isPast() const { return !pastOf.empty(); }
  // A verb in its base form: the shape of a command (send, update).
  bool isBaseVerb() const { return form == Form::Base && verb > 0; }
  // Only a verb: no noun reading, and more a verb than an adjective.
  bool isOnlyVerb() const { return isBaseVerb() && noun == 0 && verb > adjective; }
  // More a verb than a noun or an adjective: more WordNet senses, or as many
  // and more often used as one.
  bool isMostlyVerb() const {
    unsigned other = noun > adjective ? noun : adjective;
    return isBaseVerb() && (verb > other || (verb == other && frequentVerb));
  }
  // A verb by a clear margin: half as many senses again as any other reading
  // (update, cancel, start; not address, label, change).
  bool isClearlyVerb() const {
    unsigned other = noun > adjective ? noun : adjective;
    return isMostlyVerb() && 2 * verb >= 3 * other;
  }
};

// Looks up a lowercase word (letters and digits).
WordClass lookupWord(std::string_view word);

// No English word, nor a form derived from one, is longer: a longer token is
// unknown at once, so that a hostile 100,000-letter name costs linear time.
inline constexpr std::size_t kLongestWord = 64;

// The past participle of a base verb, for suggestions: send -> sent,
// create -> created, cancel -> cancelled, try -> tried.
std::string pastParticiple(std::string_view verb);

} // namespace msglint::naming
