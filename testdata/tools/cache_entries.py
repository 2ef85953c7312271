#!/usr/bin/env python3
"""Counts or damages the entries of a msglint facts cache, for the cache tests.

  cache_entries.py DIR count      prints the number of entries
  cache_entries.py DIR garble     replaces every entry with bytes that are no entry
  cache_entries.py DIR truncate   cuts every entry in half (a write that died)
  cache_entries.py DIR rotate     gives each entry the content of the next one
                                  (foreign entries: another TU's facts and key)
  cache_entries.py DIR mistype    keeps each entry's facts under a header whose
                                  fields have the wrong types
  cache_entries.py DIR same OTHER  fails unless OTHER holds the same entries,
                                  byte for byte (the same facts, key and inputs)
"""
import glob
import os
import sys


def main():
    directory, action = sys.argv[1], sys.argv[2]
    entries = sorted(glob.glob(os.path.join(directory, "*.entry")))
    if action == "count":
        print(len(entries))
        return 0
    if action == "same":
        others = sorted(glob.glob(os.path.join(sys.argv[3], "*.entry")))
        names = [os.path.basename(e) for e in entries]
        if names != [os.path.basename(e) for e in others]:
            print("not the same entries: %s and %s" % (names, others), file=sys.stderr)
            return 1
        for mine, other in zip(entries, others):
            if open(mine, "rb").read() != open(other, "rb").read():
                print("%s and %s differ" % (mine, other), file=sys.stderr)
                return 1
        return 0
    if not entries:
        print("no cache entries in " + directory, file=sys.stderr)
        return 1
    contents = [open(e, "rb").read() for e in entries]
    for i, entry in enumerate(entries):
        if action == "garble":
            data = b"\x00\xffnot a cache entry\n{]"
        elif action == "truncate":
            data = contents[i][: len(contents[i]) // 2]
        elif action == "rotate":
            data = contents[(i + 1) % len(contents)]
        elif action == "mistype":
            facts = contents[i].split(b"\n", 1)[1]
            data = b'{"format": 1, "version": "1", "key": [], "inputs": {"a": 2}}\n' + facts
        else:
            print("unknown action " + action, file=sys.stderr)
            return 2
        with open(entry, "wb") as out:
            out.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
