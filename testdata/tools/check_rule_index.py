#!/usr/bin/env python3
"""check_rule_index.py LIST_RULES_OUTPUT DOCS_RULES_DIR: checks that the rule index,
docs/rules/README.md, says what the catalogue says (rules/Catalogue.cpp, as
`msglint --list-rules` prints it): the same rules in the same order with the same
level and summary, the same options with the same defaults, and a page for each rule.
Prints each difference; exits 1 if there is any.
"""
import os
import re
import sys

# An option's default is a number, a quoted pattern, or a [list].
DEFAULT = r"(?:\[[^\]]*\]|[^\]]*)"
LISTED = re.compile(r"^(\S+) \((note|warning|error)\): (.*?)((?: \[[A-Za-z]+=%s\])*)$" % DEFAULT)
OPTION = re.compile(r" \[([A-Za-z]+)=(%s)\]" % DEFAULT)
RULE_ROW = re.compile(r"^\| \[([a-z-]+)\]\(([a-z-]+)\.md\) \| (\w+) \| (.*) \|$")
OPTION_ROW = re.compile(r"^\| ([a-z-]+) \| `([A-Za-z]+)` \| `?([^|`]*)`? \| .* \|$")


def main():
    listed_path, docs = sys.argv[1], sys.argv[2]
    rules, options = [], []
    with open(listed_path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            m = LISTED.match(line)
            if not m:
                print("unreadable --list-rules line: %s" % line)
                return 1
            rules.append((m.group(1), m.group(2), m.group(3)))
            options += [(m.group(1), name, default) for name, default in OPTION.findall(m.group(4))]
    documented, documented_options = [], []
    with open(os.path.join(docs, "README.md"), encoding="utf-8") as f:
        for line in f.read().splitlines():
            if m := RULE_ROW.match(line):
                if m.group(1) != m.group(2):
                    print("%s links to %s.md" % (m.group(1), m.group(2)))
                documented.append((m.group(1), m.group(3), m.group(4)))
            elif m := OPTION_ROW.match(line):
                documented_options.append((m.group(1), m.group(2), m.group(3)))
    problems = []
    if rules != documented:
        problems.append("rules: --list-rules says\n  %s\nREADME.md says\n  %s" % (
            "\n  ".join(map(str, rules)), "\n  ".join(map(str, documented))))
    if options != documented_options:
        problems.append("options: --list-rules says\n  %s\nREADME.md says\n  %s" % (
            "\n  ".join(map(str, options)), "\n  ".join(map(str, documented_options))))
    pages = {p[:-3] for p in os.listdir(docs) if p.endswith(".md") and p != "README.md"}
    ids = {r[0] for r in rules}
    for missing in sorted(ids - pages):
        problems.append("no page docs/rules/%s.md" % missing)
    for extra in sorted(pages - ids):
        problems.append("docs/rules/%s.md is no rule's page" % extra)
    for p in problems:
        print(p)
    print("%d rules, %d options: %s" % (len(rules), len(options), "differ" if problems else "match"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
