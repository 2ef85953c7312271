// The word-class table gen_lexicon.py builds from WordNet at build time
// (lint/CMakeLists.txt writes it to the build tree). Only Lexicon.cpp reads it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace msglint::naming::data {

// Bits of WordEntry::flags.
enum WordFlag : std::uint8_t {
  kAdverb = 1,   // also an adverb (successfully, late)
  kParticle = 2, // an adverbial particle of phrasal verbs (up, out, off, in, on...)
  kFunction = 4, // a function word: a particle, a preposition, a determiner
  kCompound = 8, // the closed compound of a phrasal verb (login: log in)
  kJargon = 16,  // from lint/naming/jargon.txt, not from WordNet
  kFrequentVerb = 32, // SemCor tags it as a verb more often than as a noun or adjective
};

// One word with the facts the classifier needs: verbs (with their noun and
// adjective senses), past forms, particles, function words. Sorted by text.
struct WordEntry {
  std::uint32_t text;       // offset of the NUL-terminated word in kWordText
  std::uint16_t past;       // 1 + index of the verb this is a past form of; 0: none
  std::uint16_t participle; // 1 + index of this verb's irregular participle; 0: regular
  std::uint8_t noun, verb, adjective; // WordNet sense counts (0: not that class)
  std::uint8_t flags;       // WordFlag bits
};

// The other WordNet lemmas (nouns, adjectives, adverbs), as sorted hashes:
// (fnv1a(word) & ~3) | kind.
enum KnownKind : std::uint32_t { kKnownNoun = 0, kKnownAdjective = 1, kKnownAdverb = 2 };

constexpr std::uint32_t knownWordHash(std::string_view word) {
  std::uint32_t h = 0x811C9DC5u;
  for (char c : word)
    h = (h ^ static_cast<unsigned char>(c)) * 0x01000193u;
  return h & ~3u;
}

extern const char kWordText[];
extern const WordEntry kWords[];
extern const std::size_t kWordCount;
extern const std::uint32_t kKnownWords[];
extern const std::size_t kKnownWordCount;

} // namespace msglint::naming::data
