#!/usr/bin/env python3
"""summarise_report.py [--fingerprints] FILE: one line per fact of a
msglint report, for FileCheck. FILE is a SARIF log, a `check --format json`
report or a baseline; the kind is read from the file itself. With
--fingerprints, only `RULE FILE FINGERPRINT` per finding, in report order:
what must not change when lines move.

SARIF:     rule ID name=NAME level=L helpUri=URI help=text[+markdown] [parameters=...]
           result RULE#INDEX LEVEL FILE:LINE:COL-ENDCOL fingerprint=FP related=N flows=N [baseline=S]
             message TEXT
             related ID FILE:LINE:COL TEXT
             step N FILE:LINE:COL TEXT
           notification LEVEL DESCRIPTOR TEXT
             at FILE[:LINE:COL] [TEXT]
           override RULE CONFIGURATION
JSON:      finding RULE SEVERITY FILE:LINE:COL fingerprint=FP
             note FILE:LINE:COL TEXT
           summary KEY=VALUE...
           stale RULE FILE fingerprint=FP
Baseline:  entry RULE FILE fingerprint=FP
"""
import json
import sys


def where(physical):
    uri = physical["artifactLocation"]["uri"]
    region = physical.get("region")
    if not region:
        return uri
    text = "%s:%d" % (uri, region["startLine"])
    if "startColumn" in region:
        text += ":%d" % region["startColumn"]
    if "endColumn" in region:
        text += "-%d" % region["endColumn"]
    return text


def sarif(log):
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    print("tool %s version=%s semanticVersion=%s informationUri=%s" % (
        driver["name"], driver.get("version"), driver.get("semanticVersion"),
        driver.get("informationUri")))
    print("automation %s" % run.get("automationDetails", {}).get("id"))
    for base, value in sorted(run.get("originalUriBaseIds", {}).items()):
        print("base %s %s" % (base, value.get("uri")))
    for rule in driver.get("rules", []):
        help_ = rule.get("help", {})
        kinds = "+".join(k for k in ("text", "markdown") if k in help_)
        config = rule.get("defaultConfiguration", {})
        line = "rule %s name=%s level=%s helpUri=%s help=%s" % (
            rule["id"], rule.get("name"), config.get("level"), rule.get("helpUri"), kinds)
        if "parameters" in config:
            line += " parameters=%s" % json.dumps(config["parameters"], sort_keys=True)
        print(line)
    for inv in run.get("invocations", []):
        print("invocation executionSuccessful=%s" % json.dumps(inv.get("executionSuccessful")))
        for n in inv.get("toolExecutionNotifications", []):
            print("notification %s %s %s" % (n.get("level"), n.get("descriptor", {}).get("id"),
                                             n["message"]["text"]))
            for loc in n.get("locations", []):
                text = loc.get("message", {}).get("text")
                print("  at %s%s" % (where(loc["physicalLocation"]), " " + text if text else ""))
        for o in inv.get("ruleConfigurationOverrides", []):
            print("override %s %s" % (o["descriptor"]["id"],
                                      json.dumps(o["configuration"], sort_keys=True)))
    for r in run.get("results", []):
        print("result %s#%s %s %s fingerprint=%s related=%d flows=%d%s" % (
            r["ruleId"], r.get("ruleIndex"), r.get("level"),
            where(r["locations"][0]["physicalLocation"]),
            ",".join("%s:%s" % kv for kv in sorted(r.get("partialFingerprints", {}).items())),
            len(r.get("relatedLocations", [])), len(r.get("codeFlows", [])),
            " baseline=" + r["baselineState"] if "baselineState" in r else ""))
        print("  message %s" % r["message"]["text"])
        for rel in r.get("relatedLocations", []):
            print("  related %d %s %s" % (rel["id"], where(rel["physicalLocation"]),
                                          rel.get("message", {}).get("text")))
        for flow in r.get("codeFlows", []):
            for thread in flow["threadFlows"]:
                for i, step in enumerate(thread["locations"], 1):
                    loc = step["location"]
                    print("  step %d %s %s" % (i, where(loc["physicalLocation"]),
                                               loc.get("message", {}).get("text")))


def findings(report):
    for f in report["findings"]:
        print("finding %s %s %s:%d:%d fingerprint=%s" % (
            f["rule"], f["severity"], f["file"], f["line"], f["column"], f["fingerprint"]))
        for n in f["notes"]:
            print("  note %s:%d:%d %s" % (n["file"], n["line"], n["column"], n["message"]))
    print("summary " + " ".join("%s=%s" % kv for kv in report["summary"].items()))
    for tu in report["incomplete"]:
        print("incomplete %s compileErrors=%d" % (tu["file"], tu["compileErrors"]))
    if "baseline" in report:
        print("baseline matched=%d stale=%d" % (report["baseline"]["matched"],
                                                len(report["baseline"]["stale"])))
        for e in report["baseline"]["stale"]:
            print("stale %s %s fingerprint=%s" % (e["rule"], e["file"], e["fingerprint"]))


def baseline(doc):
    for e in doc["findings"]:
        print("entry %s %s fingerprint=%s" % (e["rule"], e["file"], e["fingerprint"]))


def fingerprints(doc):
    if "runs" in doc:
        for r in doc["runs"][0]["results"]:
            uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for fp in r["partialFingerprints"].values():
                print("%s %s %s" % (r["ruleId"], uri, fp))
    else:
        for f in doc["findings"]:
            print("%s %s %s" % (f["rule"], f["file"], f["fingerprint"]))


def main():
    args = sys.argv[1:]
    only_fingerprints = args[:1] == ["--fingerprints"]
    if only_fingerprints:
        args = args[1:]
    with open(args[0], encoding="utf-8") as f:
        doc = json.load(f)
    if only_fingerprints:
        fingerprints(doc)
    elif "runs" in doc:
        sarif(doc)
    elif "msglintFindings" in doc:
        findings(doc)
    elif "msglintBaseline" in doc:
        baseline(doc)
    else:
        sys.exit("summarise_report.py: %s is not a msglint report" % args[0])


if __name__ == "__main__":
    main()
