#include "naming/Lexicon.h"

#include "naming/LexiconData.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace msglint::naming {
namespace {

using data::kWords;
using data::WordEntry;

std::string_view textOf(const WordEntry &e) { return data::kWordText + e.text; }

const WordEntry *findEntry(std::string_view word) {
  const WordEntry *end = kWords + data::kWordCount;
  const WordEntry *it = std::lower_bound(
      kWords, end, word, [](const WordEntry &e, std::string_view w) { return textOf(e) < w; });
  return it != end && textOf(*it) == word ? it : nullptr;
}

const WordEntry *linked(std::uint16_t link) { return link ? &kWords[link - 1] : nullptr; }

// nullopt when WordNet has no such lemma outside the table.
std::optional<data::KnownKind> knownKind(std::string_view word) {
  const std::uint32_t hash = data::knownWordHash(word);
  const std::uint32_t *begin = data::kKnownWords, *end = begin + data::kKnownWordCount;
  const std::uint32_t *it = std::lower_bound(begin, end, hash);
  if (it == end || (*it & ~3u) != hash)
    return std::nullopt;
  return static_cast<data::KnownKind>(*it & 3u);
}

WordClass fromEntry(std::string_view word, const WordEntry &e) {
  WordClass c;
  c.word = std::string(word);
  c.lemma = c.word;
  c.known = true;
  c.noun = e.noun;
  c.verb = e.verb;
  c.adjective = e.adjective;
  c.adverb = e.flags & data::kAdverb;
  c.function = e.flags & data::kFunction;
  c.particle = e.flags & data::kParticle;
  c.jargon = e.flags & data::kJargon;
  c.frequentVerb = e.flags & data::kFrequentVerb;
  if (const WordEntry *base = linked(e.past)) {
    c.pastOf = std::string(textOf(*base));
    // A past form that is no verb of its own (sent) reads only as the past;
    // one that is (set, found) keeps its base-verb reading too.
    if (e.verb == 0)
      c.form = WordClass::Form::Past;
  }
  return c;
}

// The lemmas of the table and WordNet's other lemmas, with no derivation.
std::optional<WordClass> lemma(std::string_view word) {
  if (const WordEntry *e = findEntry(word))
    return fromEntry(word, *e);
  if (auto kind = knownKind(word)) {
    WordClass c;
    c.word = c.lemma = std::string(word);
    c.known = true;
    c.noun = *kind == data::kKnownNoun;
    c.adjective = *kind == data::kKnownAdjective;
    c.adverb = *kind == data::kKnownAdverb;
    return c;
  }
  return std::nullopt;
}

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A verb lemma of the table (the only lemmas regular forms derive from).
const WordEntry *verbEntry(const std::string &base) {
  const WordEntry *e = findEntry(base);
  return e && e->verb > 0 ? e : nullptr;
}

// Regular past forms of the table's verbs: baked, walked, tried, stopped.
// Words that only look like one (seed, need) are lemmas of the table, found
// before any derivation.
std::optional<WordClass> regularPast(std::string_view word) {
  if (!endsWith(word, "ed") || word.size() < 4)
    return std::nullopt;
  std::string w(word);
  std::vector<std::string> bases = {w.substr(0, w.size() - 1), w.substr(0, w.size() - 2)};
  if (endsWith(w, "ied"))
    bases.push_back(w.substr(0, w.size() - 3) + "y");
  if (w.size() > 4 && w[w.size() - 3] == w[w.size() - 4])
    bases.push_back(w.substr(0, w.size() - 3));
  for (const std::string &base : bases)
    if (verbEntry(base)) {
      WordClass c;
      c.word = w;
      c.lemma = base;
      c.pastOf = base;
      c.form = WordClass::Form::Past;
      c.known = true;
      c.derivation = "regular past of '" + base + "'";
      return c;
    }
  return std::nullopt;
}

// Plural nouns and third-person verbs: orders, addresses, categories, sends.
std::optional<WordClass> plural(std::string_view word) {
  if (!endsWith(word, "s") || word.size() < 4)
    return std::nullopt;
  std::string w(word);
  std::vector<std::string> bases = {w.substr(0, w.size() - 1)};
  if (endsWith(w, "es"))
    bases.push_back(w.substr(0, w.size() - 2));
  if (endsWith(w, "ies"))
    bases.push_back(w.substr(0, w.size() - 3) + "y");
  for (const std::string &base : bases)
    if (auto c = lemma(base); c && (c->noun || c->verb)) {
      WordClass out = *c;
      out.word = w;
      out.form = WordClass::Form::Plural;
      out.pastOf.clear();
      out.derivation = (c->noun ? "plural of '" : "third person of '") + base + "'";
      return out;
    }
  return std::nullopt;
}

// Gerunds are nouns in a name: onboarding, processing, reindexing.
std::optional<WordClass> gerund(std::string_view word) {
  if (!endsWith(word, "ing") || word.size() < 6)
    return std::nullopt;
  std::string w(word), stem = w.substr(0, w.size() - 3);
  for (const std::string &base : {stem, stem + "e", stem.substr(0, stem.size() - 1)})
    if (verbEntry(base)) {
      WordClass c;
      c.word = w;
      c.lemma = base;
      c.form = WordClass::Form::Gerund;
      c.noun = 1;
      c.known = true;
      c.derivation = "gerund of '" + base + "'";
      return c;
    }
  return std::nullopt;
}

// Verbal prefixes of software English: resend, unpublish, deprovision,
// preauthorized, misdirected. Only on words WordNet does not list, so a
// noun like `depot` or `reason` is never read as de-pot or re-ason.
constexpr std::array<std::string_view, 10> kPrefixes = {"un",  "auto", "dis", "mis", "over",
                                                        "pre", "under", "co",  "de",  "re"};

std::optional<WordClass> derive(std::string_view word, bool allowPrefix);

std::optional<WordClass> prefixed(std::string_view word) {
  auto attempt = [&](std::string_view prefix) -> std::optional<WordClass> {
    if (word.size() < prefix.size() + 3 || word.substr(0, prefix.size()) != prefix)
      return std::nullopt;
    std::string_view rest = word.substr(prefix.size());
    std::optional<WordClass> r = lemma(rest);
    if (!r || (!r->isPast() && !r->isBaseVerb()))
      r = derive(rest, /*allowPrefix=*/false);
    if (!r || (!r->isPast() && !r->isBaseVerb()))
      return std::nullopt;
    WordClass c = *r;
    c.word = std::string(word);
    c.prefix = std::string(prefix);
    c.derivation = std::string(prefix) + "- + " + r->word;
    if (c.isPast()) {
      c.lemma = c.pastOf = std::string(prefix) + r->pastOf; // unsubscribed: unsubscribe
      return c;
    }
    // A prefixed verb is a verb: reindex, unpublish (index and publish
    // may be nouns too; the prefixed words are not).
    c.lemma = r->lemma; // with `prefix`: re + index
    c.noun = c.adjective = 0;
    c.pastOf.clear();
    return c;
  };
  for (std::string_view prefix : kPrefixes)
    if (auto c = attempt(prefix))
      return c;
  return std::nullopt;
}

std::optional<WordClass> derive(std::string_view word, bool allowPrefix) {
  if (auto c = regularPast(word))
    return c;
  if (auto c = plural(word))
    return c;
  if (auto c = gerund(word))
    return c;
  if (allowPrefix)
    return prefixed(word);
  return std::nullopt;
}

} // namespace

WordClass lookupWord(std::string_view word) {
  if (word.size() > kLongestWord) {
    WordClass unknown;
    unknown.word = unknown.lemma = std::string(word);
    return unknown;
  }
  if (auto c = lemma(word))
    return *c;
  if (auto c = derive(word, /*allowPrefix=*/true))
    return *c;
  WordClass unknown;
  unknown.word = unknown.lemma = std::string(word);
  return unknown;
}

std::string pastParticiple(std::string_view verb) {
  if (const WordEntry *e = findEntry(verb))
    if (const WordEntry *p = linked(e->participle))
      return std::string(textOf(*p));
  std::string v(verb);
  if (endsWith(v, "e"))
    return v + "d";
  if (v.size() > 1 && v.back() == 'y' && std::string_view("aeiou").find(v[v.size() - 2]) ==
                                              std::string_view::npos)
    return v.substr(0, v.size() - 1) + "ied";
  return v + "ed";
}

} // namespace msglint::naming
