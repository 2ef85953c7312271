#include "naming/Classifier.h"

#include "naming/FactName.h"
#include "naming/Lexicon.h"
#include "naming/Tokens.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

namespace msglint::naming {
namespace {

// Words that end a name to say what kind of message it is, not what it says
// (OrderCreatedEvent, InventoryMessage); "Integration" and "Domain" qualify
// an Event suffix (eShopOnContainers' OrderStartedIntegrationEvent).
const std::set<std::string> kSuffixes = {"event", "events", "evt",  "evts",
                                         "message", "messages", "msg", "msgs"};
const std::set<std::string> kSuffixQualifiers = {"integration", "domain"};
// Words that, ending a name, say it asks for work (issue 4).
const std::set<std::string> kTaskMarkers = {"command", "commands", "cmd", "cmds", "task",
                                            "tasks", "job", "jobs", "request", "requests"};

// v2, V1, v1beta1, and bare numbers (the 1.0 of an AsyncAPI channel).
bool isVersion(const std::string &w) {
  size_t i = 0;
  if (w.size() > 1 && w[0] == 'v' && std::isdigit(static_cast<unsigned char>(w[1])))
    i = 1;
  else if (!std::isdigit(static_cast<unsigned char>(w[0])))
    return false;
  while (i < w.size() && std::isdigit(static_cast<unsigned char>(w[i])))
    ++i;
  if (i == w.size())
    return true;
  // v1beta1, v2alpha: a version with a stage.
  if (w[0] != 'v')
    return false;
  while (i < w.size() && std::isalpha(static_cast<unsigned char>(w[i])))
    ++i;
  while (i < w.size() && std::isdigit(static_cast<unsigned char>(w[i])))
    ++i;
  return i == w.size();
}

bool allLetters(const std::string &w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

struct Word {
  size_t token;       // index in TokenisedName::tokens
  std::string text;   // as written (a piece of it for a split compound)
  WordClass cls;
  bool partStart = false;
  bool piece = false; // one of the words of a split compound (signedup)
};

// Only a past form, not also a base verb: `created`, not `set`.
bool onlyPast(const WordClass &c) { return c.isPast() && !c.isBaseVerb(); }

// A word nobody wrote apart: blobcreated, usercreated, signedup. Only split
// when it ends in a past form (with its particle), which is what matters.
std::optional<std::vector<WordClass>> splitCompound(const std::string &w) {
  auto endsInPast = [](const std::string &s) -> std::optional<std::vector<WordClass>> {
    for (size_t k = std::min(s.size() - 2, kLongestWord); k >= 4; --k) {
      WordClass tail = lookupWord(s.substr(s.size() - k));
      if (onlyPast(tail))
        return std::vector<WordClass>{lookupWord(s.substr(0, s.size() - k)), tail};
    }
    return std::nullopt;
  };
  for (size_t k = 2; k <= 4 && k + 4 <= w.size(); ++k) {
    WordClass particle = lookupWord(w.substr(w.size() - k));
    if (!particle.particle)
      continue;
    std::string head = w.substr(0, w.size() - k);
    if (WordClass h = lookupWord(head); onlyPast(h))
      return std::vector<WordClass>{h, particle};
    if (auto parts = endsInPast(head)) {
      parts->push_back(particle);
      return parts;
    }
  }
  return endsInPast(w);
}

std::string quoted(const std::string &s) { return "'" + s + "'"; }

std::string senses(unsigned n, const char *cls) {
  return std::to_string(n) + " " + cls + (n == 1 ? " sense" : " senses");
}

// Where a word's class comes from, for reasons.
std::string source(const WordClass &c) {
  if (!c.derivation.empty())
    return " (" + c.derivation + ")";
  if (c.jargon)
    return " (msglint's jargon list)";
  return "";
}

std::string describe(const WordClass &c) {
  if (c.form == WordClass::Form::Gerund)
    return "a gerund";
  if (c.form == WordClass::Form::Plural)
    return c.noun ? "a plural noun" : "a verb in the third person";
  if (!c.known)
    return "in no lexicon, so read as a name";
  if (c.noun && c.verb)
    return "a noun or a verb";
  if (c.noun)
    return "a noun";
  if (c.adjective)
    return "an adjective";
  if (c.verb)
    return "a verb";
  if (c.adverb)
    return "an adverb";
  return "a function word";
}

// The participle of a verb as the words of a suggestion: sent; cleaned up
// (cleanup); resent (re + send).
std::vector<std::string> participleWords(const WordClass &c) {
  if (!c.prefix.empty())
    return {c.prefix + pastParticiple(c.lemma)};
  if (c.form == WordClass::Form::Base && c.noun && c.verb && c.word.size() > 4)
    for (size_t k = 2; k <= 4 && k + 2 <= c.word.size(); ++k) {
      WordClass particle = lookupWord(c.word.substr(c.word.size() - k));
      WordClass head = lookupWord(c.word.substr(0, c.word.size() - k));
      if (particle.particle && head.isBaseVerb())
        return {pastParticiple(head.word), particle.word}; // backup: backed up
    }
  return {pastParticiple(c.lemma)};
}

class Reader {
public:
  Reader(std::string_view name, const Vocabulary &vocabulary)
      : original(name), vocabulary(vocabulary), tokenised(tokenise(name)) {
    collectWords();
  }

  NameReading read() {
    if (words.empty())
      return {NameClass::Vague, "", "it has no words, only versions and placeholders", ""};
    if (auto r = marker())
      return *r;
    if (auto r = configuredTaskWord())
      return *r;
    if (auto r = fact())
      return *r;
    if (auto sign = taskSign(0, words.size()))
      return task(*sign);
    return vague();
  }

private:
  struct Sign {
    size_t word;
    size_t particles; // particle words after it that belong to the verb
    std::string reason;
  };

  const std::string original;
  const Vocabulary &vocabulary;
  TokenisedName tokenised;
  std::vector<Word> words;          // content words, in order
  std::vector<bool> endsObject;     // per token: an object cannot run into it
  std::optional<std::string> denied; // a past form DeniedWords took away

  void collectWords() {
    endsObject.assign(tokenised.tokens.size(), false);
    for (size_t k = 0; k < tokenised.tokens.size(); ++k) {
      const Token &t = tokenised.tokens[k];
      if (isVersion(t.lower)) {
        endsObject[k] = true;
        continue;
      }
      WordClass c = lookupWord(t.lower);
      if (!c.known && allLetters(t.lower) && t.lower.size() >= 6)
        if (auto parts = splitCompound(t.lower)) {
          for (size_t i = 0; i < parts->size(); ++i)
            words.push_back({k, (*parts)[i].word, (*parts)[i], t.partStart && i == 0, true});
          continue;
        }
      if (c.function && !c.particle)
        endsObject[k] = true;
      words.push_back({k, t.text, c, t.partStart, false});
    }
    // Drop the kind-of-message suffix: OrderCreatedEvent reads as OrderCreated.
    bool dropped = false;
    while (words.size() > 1 && kSuffixes.count(words.back().cls.word)) {
      endsObject[words.back().token] = true;
      words.pop_back();
      dropped = true;
    }
    if (dropped && words.size() > 1 && kSuffixQualifiers.count(words.back().cls.word)) {
      endsObject[words.back().token] = true;
      words.pop_back();
    }
  }

  const std::string &lower(const Word &w) const { return w.cls.word; }

  std::optional<NameReading> marker() {
    const Word &last = words.back();
    if (!kTaskMarkers.count(lower(last)) || vocabulary.notTaskWords.has(lower(last)))
      return std::nullopt;
    NameReading r{NameClass::Task, last.text,
                  quoted(last.text) + " ends it, and marks a command or a task", ""};
    TokenisedName edited = tokenised;
    if (last.cls.lemma == "request") {
      replaceToken(edited, last.token, {"requested"}); // PasswordResetRequest -> ...Requested
      r.suggestion = edited.join();
    } else if (words.size() > 1) {
      // The rest may name the work: SendEmailCommand -> SendEmail -> EmailSent.
      removeToken(edited, last.token);
      NameReading rest = classifyName(edited.join(), vocabulary);
      if (rest.kind == NameClass::Task)
        r.suggestion = rest.suggestion;
    }
    return r;
  }

  std::optional<NameReading> configuredTaskWord() {
    for (size_t i = 0; i < words.size(); ++i)
      if (vocabulary.taskWords.has(lower(words[i]))) {
        Sign sign{i, 0, quoted(words[i].text) + " is in " + vocabulary.taskWords.origin};
        return task(sign);
      }
    return std::nullopt;
  }

  bool isFactWord(const Word &w) {
    if (vocabulary.notFactWords.has(lower(w))) {
      if (w.cls.isPast())
        denied = w.text;
      return false;
    }
    return vocabulary.factWords.has(lower(w)) || w.cls.isPast();
  }

  std::optional<NameReading> fact() {
    std::optional<size_t> at;
    for (size_t i = words.size(); i-- > 0;)
      if (isFactWord(words[i])) {
        at = i;
        break;
      }
    if (!at)
      return std::nullopt;
    const size_t p = *at;
    // What follows the past form must complete it (signed up, added to cart,
    // charged successfully) or, after a subject, be its object
    // (member_joined_channel); `DeliveredOrders` names orders, no fact.
    bool completes = true, preposition = false;
    for (size_t i = p + 1; i < words.size(); ++i) {
      const WordClass &c = words[i].cls;
      preposition |= c.function && !c.particle;
      if (!(c.function || c.adverb || preposition))
        completes = false;
    }
    if (!completes && (p == 0 || taskSign(0, p)))
      return std::nullopt;
    const Word &w = words[p];
    std::string reason;
    if (vocabulary.factWords.has(lower(w)))
      reason = quoted(w.text) + " is in " + vocabulary.factWords.origin;
    else
      reason = quoted(w.text) + " is the past form of " + quoted(w.cls.pastOf) + source(w.cls);
    return NameReading{NameClass::Fact, w.text, reason, ""};
  }

  // The first word in [from, to) that makes the name ask for work.
  std::optional<Sign> taskSign(size_t from, size_t to) {
    const size_t n = words.size();
    for (size_t i = from; i < to; ++i) {
      const Word &w = words[i];
      const WordClass &c = w.cls;
      if (vocabulary.notTaskWords.has(lower(w)) || w.piece)
        continue;
      size_t particles = 0;
      while (i + 1 + particles < n && words[i + 1 + particles].cls.particle)
        ++particles;
      std::string counts = "WordNet: " + senses(c.verb, "verb") + ", " + senses(c.noun, "noun");
      if (c.adjective)
        counts += ", " + senses(c.adjective, "adjective");
      if (particles && c.isBaseVerb())
        return Sign{i, particles,
                    quoted(w.text + " " + words[i + 1].text) +
                        " is a phrasal verb in its base form" + source(c)};
      if (c.isOnlyVerb() && (w.partStart || i == n - 1))
        return Sign{i, 0, quoted(w.text) + " is a verb in its base form and never a noun" +
                              (c.jargon || !c.derivation.empty() ? source(c) : "")};
      bool joinedToNext = i + 1 < n && !words[i + 1].partStart;
      if (c.isMostlyVerb() && w.partStart && joinedToNext)
        return Sign{i, 0, quoted(w.text) + " leads it as a verb in its base form (" + counts + ")"};
      // Alone after the entity, a word reads as its attribute
      // (customer.address, shipping.label) unless it is clearly a verb.
      if (c.isClearlyVerb() && w.partStart && i == n - 1 && i > 0)
        return Sign{i, 0, quoted(w.text) + ", the last part, is a verb in its base form (" +
                              counts + ")"};
    }
    return std::nullopt;
  }

  NameReading task(const Sign &sign) {
    const Word &verb = words[sign.word];
    NameReading r{NameClass::Task, verb.text, sign.reason, ""};
    if (!verb.cls.isBaseVerb())
      return r;
    std::vector<std::string> participle = participleWords(verb.cls);
    for (size_t i = 0; i < sign.particles; ++i)
      participle.push_back(words[sign.word + 1 + i].cls.word);
    // The object runs from the verb to a preposition, a version, a suffix or
    // the end of its part (the next part when the verb is a part of its own:
    // send.email -> email.sent).
    const size_t afterVerb = verb.token + sign.particles + 1;
    size_t objectEnd = afterVerb;
    while (objectEnd < tokenised.tokens.size() && !endsObject[objectEnd] &&
           (objectEnd == afterVerb || !tokenised.tokens[objectEnd].partStart))
      ++objectEnd;
    TokenisedName edited = tokenised;
    if (objectEnd == afterVerb) {
      replaceToken(edited, verb.token, participleWords(verb.cls));
    } else {
      moveAfterObject(edited, verb.token, sign.particles, objectEnd, participle);
    }
    r.suggestion = edited.join();
    if (r.suggestion == original) // test.run: its participle is spelt the same
      r.suggestion.clear();
    return r;
  }

  NameReading vague() {
    const Word &last = words.back();
    NameReading r{NameClass::Vague, last.text, "", ""};
    if (denied) {
      r.word = *denied;
      r.reason = quoted(*denied) + " is in " + vocabulary.notFactWords.origin +
                 ": it states no fact here";
      return r;
    }
    for (const Word &w : words)
      if (w.cls.isPast()) {
        r.word = w.text;
        r.reason = quoted(w.text) +
                   " is a past participle, but it describes the words after it instead of "
                   "saying what happened";
        return r;
      }
    r.reason = "none of its words is a past participle: " + quoted(last.text) + " is " +
               describe(last.cls);
    // update -> updated, InvoiceUpdate -> InvoiceUpdated; not order -> ordered
    // or customer.address -> customer.addressed: other words.
    const WordClass &c = last.cls;
    if (c.isClearlyVerb() && !last.piece && participleWords(c).size() == 1) {
      TokenisedName edited = tokenised;
      replaceToken(edited, last.token, participleWords(c));
      r.suggestion = edited.join();
    }
    return r;
  }
};

} // namespace

const char *toString(NameClass kind) {
  switch (kind) {
  case NameClass::Fact:
    return "fact";
  case NameClass::Task:
    return "task";
  case NameClass::Vague:
    return "vague";
  }
  return "vague";
}

NameReading classifyName(std::string_view name, const Vocabulary &vocabulary) {
  return Reader(name, vocabulary).read();
}

} // namespace msglint::naming
