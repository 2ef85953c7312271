#!/usr/bin/env python3
"""validate_sarif.py --tools DIR [--node NODE] FILE...

Validates each SARIF FILE twice, as code scanning would judge it:
 1. against the official SARIF 2.1.0 JSON schema (shipped in the npm package
    @microsoft/sarif-multitool-linux), with ajv;
 2. with that package's SARIF Multitool, `validate --rule-kind "Gh;Sarif"`:
    GitHub's ingestion rules plus the SARIF authoring rules. Its report is
    itself SARIF; any error or warning in it fails.
DIR is where testdata/CMakeLists.txt ran `npm ci`. Exits 1 on any problem.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = os.path.join("node_modules", "@microsoft", "sarif-multitool-linux")


def schema_check(node, tools, path):
    modules = os.path.join(tools, "node_modules")
    schema = os.path.join(tools, PACKAGE, "sarif-2.1.0.json")
    run = subprocess.run([node, os.path.join(HERE, "validate_json.js"), modules, schema, path],
                         capture_output=True, text=True)
    return [] if run.returncode == 0 else (run.stderr or run.stdout).strip().splitlines()


def multitool_check(tools, path):
    multitool = os.path.join(tools, PACKAGE, "Sarif.Multitool")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "validation.sarif")
        run = subprocess.run([multitool, "validate", "--rule-kind", "Gh;Sarif",
                              "--level", "Error;Warning", path, "-o", out],
                             capture_output=True, text=True)
        if run.returncode != 0 or not os.path.exists(out):
            return ["Sarif.Multitool failed (exit %d): %s" % (run.returncode, run.stdout + run.stderr)]
        with open(out, encoding="utf-8") as f:
            log = json.load(f)
    problems = []
    for r in log.get("runs", []):
        for inv in r.get("invocations", []):
            if not inv.get("executionSuccessful", True):
                problems.append("Sarif.Multitool did not complete")
            for n in inv.get("toolExecutionNotifications", []) + inv.get("toolConfigurationNotifications", []):
                if n.get("level", "warning") in ("error", "warning"):
                    problems.append("Sarif.Multitool: %s" % n.get("message", {}).get("text"))
        for res in r.get("results", []):
            level = res.get("level", "warning")
            if level not in ("error", "warning"):
                continue
            msg = res.get("message", {})
            problems.append("%s %s: %s" % (level, res.get("ruleId"),
                                           msg.get("text") or json.dumps(msg.get("arguments"))))
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tools", required=True)
    parser.add_argument("--node", default="node")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    if not os.path.exists(os.path.join(args.tools, PACKAGE, "Sarif.Multitool")):
        sys.stderr.write("validate_sarif.py: no SARIF validators in %s (built by the "
                         "msglint_test_sarif_tools target)\n" % args.tools)
        return 1
    failed = False
    for path in args.files:
        problems = schema_check(args.node, args.tools, path) + multitool_check(args.tools, path)
        for p in problems:
            sys.stderr.write("%s: %s\n" % (path, p))
        failed = failed or bool(problems)
        if not problems:
            print("%s: valid SARIF 2.1.0 (schema; Multitool Gh;Sarif: no errors, no warnings)" % path)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
