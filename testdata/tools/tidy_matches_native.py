#!/usr/bin/env python3
"""tidy_matches_native.py --msglint M --tidy CLANG_TIDY --plugin SO --gen DIR --out DIR [--flag F]... RULE FILE...

Runs one rule two ways on each lit test input FILE (a split-file project, as
the rule tests under testdata/rules/ are): `msglint check`, and clang-tidy
with libMsglintTidy.so and only `msglint-RULE` on. Prints, per file, how many
findings and notes each way gave and "same" when they are the same (the file,
line and column of every finding and of every note; the level aside: clang-
tidy says warning for every check), else the differences. Messages are
compared too, but a difference there is only counted ("N worded
differently"): a message may name the service behind an endpoint, which only
a whole scan knows. A native finding whose notes lead into another TU (a
helper defined there, another publisher of the same name) is counted apart,
as one only a whole scan shows; clang-tidy may show it, TU by TU, at any of
its places.
Exits 1 on any other difference, or when no file gave a finding at all (a
vacuous match).
"""
import argparse
import json
import os
import re
import subprocess
import sys

TOOLS = os.path.dirname(os.path.abspath(__file__))
LINE = re.compile(r"^(.+?):(\d+):(\d+): (warning|error|note): (.*?)(?: \[([a-z-]+)\])?$")


def diagnostics(text, root, rule_of):
    """[(finding, [notes])], each a (file, line, col, message), sorted."""
    found = []
    for line in text.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        path = os.path.relpath(os.path.join(root, m.group(1)), root)
        key = (path, int(m.group(2)), int(m.group(3)), m.group(5))
        if m.group(6):
            if rule_of(m.group(6)):
                found.append((key, []))
        elif m.group(4) == "note" and found:
            found[-1][1].append(key)
    return sorted((f, sorted(n)) for f, n in found)


def run(args, rule, source, out_dir):
    project = os.path.join(out_dir, os.path.basename(source))
    subprocess.run(["rm", "-rf", project], check=True)
    subprocess.run(["split-file", "--leading-lines", source, project], check=True)
    subprocess.run([sys.executable, os.path.join(TOOLS, "make_compdb.py"), "--gen", args.gen, project] +
                   ["--flag=" + flag for flag in args.flag], check=True)
    build = os.path.join(project, "build")
    with open(os.path.join(build, "compile_commands.json")) as f:
        files = [entry["file"] for entry in json.load(f)]
    main_files = {os.path.relpath(f, project) for f in files}
    native = subprocess.run([args.msglint, "check", "-p", build, "--root", project, "--fail-on", "never"],
                            capture_output=True, text=True, cwd=project)
    tidy = subprocess.run([args.tidy, "--load=" + args.plugin, "--checks=-*,msglint-" + rule, "--quiet",
                           "-p", build] + files, capture_output=True, text=True, cwd=project)
    if native.returncode != 0:
        return "msglint failed (%d): %s" % (native.returncode, native.stderr.strip()), -1
    mine = diagnostics(native.stdout, project, lambda r: r == rule)
    theirs = diagnostics(tidy.stdout, project, lambda r: r == "msglint-" + rule)
    # A finding whose notes lead into another translation unit (a helper
    # defined there) needs the whole scan: one TU cannot show it.
    def whole_scan(finding):
        (file, *_), notes = finding
        return any(n[0] != file and n[0] in main_files for n in notes)
    needs_scan = [f for f in mine if whole_scan(f)]
    mine = [f for f in mine if not whole_scan(f)]
    # Each TU shows such a finding from its own side: at its own site among
    # the finding's places (a name's first publish site in that TU).
    scan_places = {p[:3] for f, notes in needs_scan for p in [f] + notes}
    theirs = [f for f in theirs if f[0][:3] not in scan_places]
    place = lambda f: (f[0][:3], [n[:3] for n in f[1]])
    notes = sum(len(n) for _, n in mine)
    counts = "%d findings, %d notes" % (len(mine), notes)
    if needs_scan:
        counts += " (and %d only a whole scan shows)" % len(needs_scan)
    if [place(f) for f in mine] == [place(f) for f in theirs]:
        worded = sum(a != b for a, b in zip(mine, theirs))
        return counts + ": same" + (" (%d worded differently)" % worded if worded else ""), len(mine)
    lines = [counts + " natively; clang-tidy %d findings:" % len(theirs)]
    lines += ["  only msglint: %s" % (f,) for f in mine if place(f) not in map(place, theirs)]
    lines += ["  only clang-tidy: %s" % (f,) for f in theirs if place(f) not in map(place, mine)]
    if tidy.returncode != 0 and not theirs:
        lines.append("  clang-tidy exited %d: %s" % (tidy.returncode, tidy.stderr.strip()[-2000:]))
    return "\n".join(lines), -1


def main():
    parser = argparse.ArgumentParser()
    for option in ("--msglint", "--tidy", "--plugin", "--gen", "--out"):
        parser.add_argument(option, required=True)
    parser.add_argument("--flag", action="append", default=[], help="extra compiler flag")
    parser.add_argument("rule")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    failed, total = False, 0
    for source in args.files:
        report, found = run(args, args.rule, source, args.out)
        print("%s: %s" % (os.path.relpath(source, os.path.dirname(os.path.dirname(TOOLS))), report))
        failed = failed or found < 0
        total += max(found, 0)
    if total == 0:
        print("no findings at all: nothing was compared")
    return 1 if failed or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
