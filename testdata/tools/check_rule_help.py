#!/usr/bin/env python3
"""check_rule_help.py SARIF DOCS_RULES_DIR: checks that the help of every
rule in a SARIF log is that rule's doc page, whatever the page says:

- help.markdown is docs/rules/ID.md with only link targets changed, every
  target outside code now an absolute URL, and code blocks byte for byte;
- help.text has no markdown marks left outside code blocks (which it
  indents by four spaces);
- fullDescription is one line of text; helpUri names the page.
Prints one line per rule; exits 1 on any mismatch.
"""
import json
import os
import re
import sys

LINK_TARGET = re.compile(r"\]\(([^)\s]*)\)")
FENCE = re.compile(r"^\s*(```|~~~)")


def split_code(markdown):
    """(prose lines with inline code removed, fenced code lines)."""
    prose, code, in_code = [], [], False
    for line in markdown.split("\n"):
        if FENCE.match(line):
            in_code = not in_code
            code.append(line)
        elif in_code:
            code.append(line)
        else:
            prose.append(re.sub(r"(`+).*?\1", "", line))
    return prose, code


def check(rule, docs):
    rid = rule["id"]
    page = os.path.join(docs, rid + ".md")
    if not os.path.exists(page):
        return ["no doc page %s" % page]
    with open(page, encoding="utf-8") as f:
        doc = f.read()
    help_ = rule.get("help", {})
    markdown, text = help_.get("markdown", ""), help_.get("text", "")
    problems = []
    if LINK_TARGET.sub("](URL)", markdown) != LINK_TARGET.sub("](URL)", doc):
        problems.append("help.markdown is not the doc page (beyond link targets)")
    md_prose, md_code = split_code(markdown)
    if md_code != split_code(doc)[1]:
        problems.append("code blocks differ from the doc page")
    for target in LINK_TARGET.findall("\n".join(md_prose)):
        if not re.match(r"^[a-z][a-z0-9+.-]*:", target):
            problems.append("relative link left in help.markdown: %s" % target)
    # In help.text code blocks are indented by four spaces, as msglint
    # renders them.
    text_prose = "\n".join(l for l in text.split("\n") if not l.startswith("    "))
    for mark in ("**", "](", "\n#"):
        if mark in text_prose:
            problems.append("markdown mark %r in help.text" % mark)
    full = rule.get("fullDescription", {}).get("text", "")
    if not full or "\n" in full:
        problems.append("fullDescription is not one line: %r" % full)
    if not rule.get("helpUri", "").endswith("/rules/%s.md" % rid):
        problems.append("helpUri %r does not name the page" % rule.get("helpUri"))
    return problems


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        rules = json.load(f)["runs"][0]["tool"]["driver"]["rules"]
    failed = False
    for rule in rules:
        problems = check(rule, sys.argv[2])
        for p in problems:
            sys.stderr.write("%s: %s\n" % (rule["id"], p))
        failed = failed or bool(problems)
        if not problems:
            print("%s: help is docs/rules/%s.md" % (rule["id"], rule["id"]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
