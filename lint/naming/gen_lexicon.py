#!/usr/bin/env python3
"""Builds msglint's word-class table from WordNet 3.0 (Debian's wordnet-base).

Run by CMake at build time (lint/CMakeLists.txt); writes one C++ file that defines the
tables declared in lint/naming/LexiconData.h. What goes in, and why
(docs/rules/task-named-event.md#the-lexicon):

- every single-word verb lemma of index.verb, with its noun, verb and adjective sense counts
  (index.noun/verb/adj), which the classifier weighs to tell `order` (mostly a noun) from
  `send` (only a verb);
- past forms: verb.exc's irregular forms (sent, paid, built) keep their base; a lemma that is
  also a regular or irregular past form of a verb (`used`, `closed`, `found`) is read as that
  past form unless its own use is more frequent in the SemCor counts of cntlist.rev than the
  verb's (`seed` is not "see"+"d", `ground` is not the past of "grind");
- the closed compounds of WordNet's phrasal verbs with an adverbial particle (log_in ->
  `login`, back_up -> `backup`): nouns on their own, verbs when they lead a name;
- function words: the words that follow a verb in WordNet's phrasal verbs (up, out, to, for,
  with...), those that do so most often marked as adverbial particles;
- every other single-word lemma (nouns, adjectives, adverbs) only as a 32-bit hash with its
  class, so the classifier knows `status` is a noun and `depot` is not de+pot without
  storing their spelling;
- lint/naming/jargon.txt: software verbs WordNet lacks, zero-change participles, prepositions.
"""
import argparse
import collections
import os
import re
import sys

WORD = re.compile(r"^[a-z]+$")
PARTICLE_MIN = 50  # two-word phrasal verbs ending in the word: up 387 ... back 52, then for 30
FUNCTION_MIN = 5   # any phrasal verb (to 65, with 37, ... from 9, against 5)
# Verbal prefixes, as in Lexicon.cpp.
PREFIXES = ("un", "auto", "dis", "mis", "over", "pre", "under", "co", "de", "re")
CONTENT_FREQ = 20  # a collocation word used this often as a noun or adjective is content (home, water)

# Flag bits of WordEntry::flags (LexiconData.h).
ADVERB, PARTICLE, FUNCTION, COMPOUND, JARGON, FREQUENT_VERB = 1, 2, 4, 8, 16, 32
# Kinds of KnownWord hashes (LexiconData.h).
KIND_NOUN, KIND_ADJECTIVE, KIND_ADVERB = 0, 1, 2


def fnv1a(word):
    h = 0x811C9DC5
    for b in word.encode():
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def read_index(path):
    """lemma -> sense count (synset_cnt, the third field)."""
    senses = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue  # the licence at the top
            fields = line.split()
            senses[fields[0]] = int(fields[2])
    return senses


def read_frequencies(path):
    """(lemma, pos) -> SemCor tag count, pos one of n v a r (satellites counted as a)."""
    freq = collections.Counter()
    pos_of = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    with open(path, encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, _, rest = key.partition("%")
            freq[(lemma.lower(), pos_of[rest[0]])] += int(count)
    return freq


def regular_bases(form):
    """The bases a regular past form could come from: baked, walked, tried, stopped."""
    if not form.endswith("ed") or len(form) < 4:
        return []
    out = [form[:-1], form[:-2]]
    if form.endswith("ied"):
        out.append(form[:-3] + "y")
    if len(form) > 4 and form[-3] == form[-4]:
        out.append(form[:-3])
    return out


def regular_bases_inverse(base):
    """The regular past forms of a base: bake -> baked; try -> tried; stop -> stopped."""
    forms = {base + "ed", base + "d"}
    if base.endswith("y"):
        forms.add(base[:-1] + "ied")
    forms.add(base + base[-1] + "ed")
    if base.endswith("c"):
        forms.add(base + "ked")
    return forms


def is_third_person(form, base):
    if form in ("has", "is", "does"):
        return True
    if not form.endswith("s"):
        return False
    stem = form[:-1]
    return (stem == base or form[:-2] == base or form == base[:-1] + "ies"
            or (form.endswith("ses") and form[:-3] == base) or stem.startswith(base[:-1]))


def read_exceptions(path, verbs):
    """base -> past forms (tense or participle), from verb.exc; -ing and -s forms dropped."""
    past = collections.defaultdict(list)
    with open(path) as f:
        for line in f:
            form, *bases = line.split()
            if not WORD.match(form):
                continue
            for base in bases:
                # "seed seed" and the like only stop morphy reading seed as see+d.
                if base == form or base not in verbs:
                    continue
                if form.endswith("ing") or is_third_person(form, base):
                    continue
                past[base].append(form)
    return past


def read_jargon(path):
    entries = []
    with open(path) as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = line.split()
            kind = fields[1] if len(fields) > 1 else ""
            expected = 3 if kind in ("past", "participle") else 2
            if (kind not in ("verb", "past", "participle", "function") or len(fields) != expected
                    or not all(WORD.match(f) for f in fields[:1] + fields[2:])):
                sys.exit("%s:%d: expected 'WORD verb|function' or 'WORD past|participle BASE' "
                         "(lowercase words)" % (path, number))
            entries.append((number, fields))
    return entries


def preferred_participle(base, forms):
    """For suggestions: the participle among a verb's irregular past forms (gone, not went)."""
    if len(forms) == 1:
        return forms[0]
    for ending in ("en", "wn", "ne", "un", "ung", "unk"):
        for form in sorted(forms):
            if form.endswith(ending):
                return form
    return sorted(forms, key=lambda f: (-len(f), f))[0]


def cpp_string(text):
    out = []
    for ch in text:
        out.append("\\0" if ch == "\0" else ch)
    return "".join(out)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wordnet", required=True, help="WordNet dict folder (/usr/share/wordnet)")
    parser.add_argument("--jargon", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--stats", action="store_true", help="print the table's size")
    args = parser.parse_args()

    wn = lambda name: os.path.join(args.wordnet, name)
    noun = read_index(wn("index.noun"))
    verb = read_index(wn("index.verb"))
    adj = read_index(wn("index.adj"))
    adv = read_index(wn("index.adv"))
    freq = read_frequencies(wn("cntlist.rev"))
    exceptions = read_exceptions(wn("verb.exc"), verb)

    # Function words and adverbial particles, from the phrasal verbs.
    two_word = collections.Counter()
    any_position = collections.Counter()
    for lemma in verb:
        parts = lemma.split("_")
        for part in parts[1:]:
            any_position[part] += 1
        if len(parts) == 2:
            two_word[parts[1]] += 1
    particles = {w for w, n in two_word.items() if n >= PARTICLE_MIN and WORD.match(w)}
    function = set(particles)
    for w, n in any_position.items():
        plural = w.endswith("s") and w[:-1] in noun
        if n >= FUNCTION_MIN and WORD.match(w) and w not in verb and not plural:
            # Not content words (keep_one's_eyes_peeled, come_home, hold_water).
            if freq[(w, "n")] < CONTENT_FREQ and freq[(w, "a")] < CONTENT_FREQ:
                function.add(w)

    entries = {}  # word -> dict(noun, verb, adj, flags, past, participle)

    def entry(word):
        if word not in entries:
            entries[word] = {"noun": noun.get(word, 0), "verb": verb.get(word, 0),
                             "adj": adj.get(word, 0), "flags": ADVERB if word in adv else 0,
                             "past": None, "participle": None}
        return entries[word]

    for word in verb:
        if WORD.match(word):
            entry(word)
    for word in function:
        entry(word)["flags"] |= FUNCTION | (PARTICLE if word in particles else 0)

    # Closed compounds of phrasal verbs: `login` is a noun (a login) and, leading a name,
    # a verb (LoginUser). Existing lemmas (checkout: a noun) gain the verb's senses.
    for lemma, count in verb.items():
        parts = lemma.split("_")
        if len(parts) == 2 and parts[1] in particles and WORD.match(parts[0]):
            word = parts[0] + parts[1]
            if word in verb:
                continue
            e = entry(word)
            e["verb"] += count
            e["noun"] = max(e["noun"], 1)
            e["flags"] |= COMPOUND
            e["verb_freq"] = freq[(lemma, "v")]

    # How often SemCor tags a word as a noun or a verb of its own. Adjectives do not
    # count: `closed` and `depleted` are participles used as adjectives.
    def own_use(word):
        return freq[(word, "n")] + freq[(word, "v")]

    def verb_use(base):
        return freq[(base, "v")]

    # Irregular past forms. A form that is a lemma in its own right is a past form only when
    # the verb is used more than the lemma (found: find; not ground: grind).
    irregular = set()
    for base, forms in exceptions.items():
        if any(form not in regular_bases_inverse(base) for form in forms):
            irregular.add(base)
        for form in forms:
            is_lemma = form in noun or form in verb or form in adj or form in adv
            if is_lemma and own_use(form) > verb_use(base):
                continue
            e = entry(form)
            if e["past"] is None:
                e["past"] = base

    # Lemmas that look like regular past forms: `used`, `closed`, `limited` are; `seed` and
    # `bed` (nouns, and see and be are irregular), `need`, `feed` (used more than the verbs
    # `nee`, `fee`) are not. `addressed` and `learned` are, though verb.exc also lists
    # addrest and learnt.
    for word in sorted(set(noun) | set(verb) | set(adj) | set(adv)):
        if not WORD.match(word) or (word in entries and entries[word]["past"]):
            continue
        for base in regular_bases(word):
            if base in verb and WORD.match(base) and base != word:
                if base in irregular and (word in noun or word in verb):
                    break
                if own_use(word) > verb_use(base):
                    break
                entry(word)["past"] = base
                break

    # The participle suggestions use: a regular form WordNet knows for the verb (addressed,
    # not addrest; labeled), else the irregular one (sent, gone).
    for base, forms in exceptions.items():
        regular = [f for f in sorted(regular_bases_inverse(base))
                   if f in entries and entries[f]["past"] == base and f not in forms]
        entry(base)["participle"] = regular[0] if regular else preferred_participle(base, forms)

    # Lemmas that are a verbal prefix and a past form: `undelivered`, `unpaid`, `overdrawn`
    # (Lexicon.cpp reads words WordNet does not list, like `unsubscribed`, the same way).
    def past_base(word):
        if word in entries and entries[word]["past"]:
            return entries[word]["past"]
        for base in regular_bases(word):
            if base in verb and WORD.match(base):
                return base
        return None

    for word in sorted(set(noun) | set(adj)):
        if not WORD.match(word) or (word in entries and entries[word]["past"]):
            continue
        for prefix in PREFIXES:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 3:
                base = past_base(rest)
                if base and own_use(word) <= verb_use(base):
                    entry(word)["past"] = base
                    break

    # Jargon. Each line must add something WordNet does not have.
    for number, fields in read_jargon(args.jargon):
        word, kind = fields[0], fields[1]
        where = "%s:%d" % (args.jargon, number)
        if kind == "verb":
            if word in verb:
                sys.exit("%s: '%s' is already a WordNet verb: remove the line" % (where, word))
            e = entry(word)
            e["verb"] = max(e["verb"], 1)
            e["flags"] |= JARGON
        elif kind == "past":
            base = fields[2]
            if base not in verb and base not in entries:
                sys.exit("%s: '%s' is not a verb" % (where, base))
            if word in exceptions.get(base, []):
                sys.exit("%s: verb.exc already lists '%s' for '%s'" % (where, word, base))
            e = entry(word)
            e["past"] = base
            e["flags"] |= JARGON
            entry(base)["participle"] = word
        elif kind == "participle":
            base = fields[2]
            if word in exceptions.get(base, []) and len(exceptions[base]) == 1:
                sys.exit("%s: '%s' is the only past form verb.exc lists for '%s'" % (where, word, base))
            entry(base)["participle"] = word
        else:
            if word in function:
                sys.exit("%s: '%s' is already a function word from WordNet" % (where, word))
            entry(word)["flags"] |= FUNCTION | JARGON

    # Sense counts can tie (place: 16 as a noun, 16 as a verb); SemCor's counts of use
    # then tell which reading is the usual one.
    for w, e in entries.items():
        verb_freq = e.get("verb_freq", freq[(w, "v")])
        if verb_freq > max(freq[(w, "n")], freq[(w, "a")]):
            e["flags"] |= FREQUENT_VERB

    words = sorted(entries)
    index = {w: i for i, w in enumerate(words)}
    for w in words:  # a participle or base outside the table (regular forms): none needed
        e = entries[w]
        for key in ("past", "participle"):
            if e[key] is not None and e[key] not in index:
                entry(e[key])
    words = sorted(entries)
    index = {w: i for i, w in enumerate(words)}
    if len(words) >= 0xFFFF:
        sys.exit("gen_lexicon.py: %d entries do not fit the 16-bit links" % len(words))

    # Every other single-word lemma, as a hash with its class.
    known = {}
    for kind, table in ((KIND_ADVERB, adv), (KIND_ADJECTIVE, adj), (KIND_NOUN, noun)):
        for word in table:
            if WORD.match(word) and word not in entries:
                known[word] = kind  # noun wins over adjective over adverb
    hashes = sorted({(fnv1a(w) & ~3) | k for w, k in known.items()})

    text = []
    offsets = []
    size = 0
    for w in words:
        offsets.append(size)
        text.append(w + "\0")
        size += len(w) + 1
    blob = "".join(text)

    def link(word):
        return 0 if word is None else index[word] + 1

    cap = lambda n: min(n, 255)
    rows = []
    for w, offset in zip(words, offsets):
        e = entries[w]
        rows.append("{%d,%d,%d,%d,%d,%d,%d}" % (offset, link(e["past"]), link(e["participle"]),
                                                cap(e["noun"]), cap(e["verb"]), cap(e["adj"]),
                                                e["flags"]))

    with open(args.output + ".tmp", "w") as out:
        out.write("// Generated by lint/naming/gen_lexicon.py from WordNet 3.0 and lint/naming/jargon.txt:\n")
        out.write("// do not edit. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n")
        out.write("// (The WordNet licence is in docs/dependencies.md.)\n")
        out.write('#include "naming/LexiconData.h"\n\nnamespace msglint::naming::data {\n\n')
        out.write("const char kWordText[] =\n")
        chunk = 100
        for i in range(0, len(blob), chunk):
            out.write('    "%s"\n' % cpp_string(blob[i:i + chunk]))
        out.write(";\n\nconst WordEntry kWords[] = {\n")
        for i in range(0, len(rows), 8):
            out.write("    " + ",".join(rows[i:i + 8]) + ",\n")
        out.write("};\nconst std::size_t kWordCount = %d;\n\n" % len(rows))
        out.write("const std::uint32_t kKnownWords[] = {\n")
        for i in range(0, len(hashes), 10):
            out.write("    " + ",".join("0x%08x" % h for h in hashes[i:i + 10]) + ",\n")
        out.write("};\nconst std::size_t kKnownWordCount = %d;\n\n} // namespace msglint::naming::data\n"
                  % len(hashes))
    os.replace(args.output + ".tmp", args.output)
    if args.stats:
        entry_bytes = 12 * len(rows)
        print("lexicon: %d words (%d bytes of text, %d of entries), %d known-word hashes (%d bytes): "
              "%.0f KiB" % (len(rows), len(blob), entry_bytes, len(hashes), 4 * len(hashes),
                            (len(blob) + entry_bytes + 4 * len(hashes)) / 1024))
    return 0


if __name__ == "__main__":
    sys.exit(main())
