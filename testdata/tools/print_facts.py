#!/usr/bin/env python3
"""Prints a facts file (msglint extract) one fact per line, for FileCheck.

  site LINE:COL KIND TARGET style=.. blocking=.. result=.. deadline=.. [loop=LINE retry=..]
       [param=N] [expr=TEXT] [handlers=NAME,NAME] in FUNCTION
  call FUNCTION -> CALLEE args=INDEX:VALUE|INDEX:param N,...   (calls passing names on)
  entry FUNCTION KIND TARGET
  registers KIND TARGET handlers=NAME,NAME in FUNCTION   (e.g. an HTTP server route)
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
        if "targetParam" in s:
            line += " param=%d" % s["targetParam"]
        if s["target"] == "dynamic" and s.get("targetExpr"):
            line += " expr=%s" % s["targetExpr"]
        if s.get("handlers"):
            line += " handlers=" + ",".join(names.get(h, h) for h in s["handlers"])
        line += " in " + names.get(s["function"], s["function"])
        print(line)
    for f in facts["functions"]:
        for c in f.get("namedCalls", []):
            args = ",".join("%d:param %d" % (a["index"], a["param"]) if "param" in a
                            else "%d:%s" % (a["index"], a["value"]) for a in c["args"])
            print("call %s -> %s args=%s" % (f["name"], names.get(c["usr"], c["usr"]), args))
    for r in facts.get("registrations", []):
        print("registers %s %s handlers=%s in %s" % (
            r["kind"], r["target"], ",".join(names.get(h, h) for h in r["handlers"]),
            names.get(r["function"], r["function"])))
    for f in facts["functions"]:
        for e in f["entries"]:
            print("entry %s %s %s" % (f["name"], e["kind"], e["target"]))
    print("errors %d" % facts["errorCount"])


if __name__ == "__main__":
    main()
