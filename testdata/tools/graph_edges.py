#!/usr/bin/env python3
"""Prints a graph JSON file (msglint graph --format json) one fact per line, for FileCheck.

  node ID                                   (every node, in the file's order)
  edge KIND FROM -> TO at FILE:LINE,...     (every edge, with its sites)
"""
import json
import sys


def main():
    graph = json.load(open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin)
    for node in graph["nodes"]:
        print("node %s" % node["id"])
    for edge in graph["edges"]:
        sites = ",".join("%s:%d" % (s["file"], s["line"]) for s in edge.get("sites", []))
        print("edge %s %s -> %s at %s" % (edge["kind"], edge["from"], edge["to"], sites))


if __name__ == "__main__":
    main()
