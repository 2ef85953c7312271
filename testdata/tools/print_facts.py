#!/usr/bin/env python3
"""Prints a facts file (msglint extract) one fact per line, for FileCheck.

  site LINE:COL KIND TARGET style=.. blocking=.. result=.. deadline=.. [loop=LINE retry=..] in FUNCTION
  entry FUNCTION KIND TARGET
  errors N
"""
import json
import sys


def main():
    facts = json.load(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
    names = {f["usr"]: f["name"] for f in facts["functions"]}
    for s in facts["sites"]:
        line = "site %d:%d %s %s style=%s blocking=%s result=%s deadline=%s" % (
            s["loc"][1], s["loc"][2], s["kind"], s["target"], s["style"],
            str(s["blocking"]).lower(), s["result"], s["deadline"])
        if "loop" in s:
            line += " loop=%d retry=%s" % (s["loop"][1], str(s["retryLoop"]).lower())
        line += " in " + names.get(s["function"], s["function"])
        print(line)
    for f in facts["functions"]:
        for e in f["entries"]:
            print("entry %s %s %s" % (f["name"], e["kind"], e["target"]))
    print("errors %d" % facts["errorCount"])


if __name__ == "__main__":
    main()
