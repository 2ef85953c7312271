#!/usr/bin/env python3
"""prepare_shop.py --msglint M --examples DIR BUILD: %prepare-shop, which the
tests on examples/shop run first (docs/testing.md#examples-shop).

Configures examples/shop into BUILD (the lit suite's one shared build of
it, %shop-build), generates its gRPC stubs, and fills the build's facts
cache by analysing the shop once. The tests then read the shop through
%shop-build: the first one to run pays for the cold analysis, the others
find every TU in the cache (content-keyed and written atomically, so
sharing it between tests running at once is safe). Tests of the cache
itself keep their own build. A lock makes tests that start together wait
for the first; run by hand, it prepares the build on the spot."""
import argparse
import fcntl
import os
import subprocess
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--msglint", required=True)
parser.add_argument("--examples", required=True)
parser.add_argument("build")
args = parser.parse_args()
shop = os.path.join(args.examples, "shop")
os.makedirs(args.build, exist_ok=True)


def run(command):
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if done.returncode != 0:
        sys.exit("prepare_shop: %s exited with %d:\n%s" % (" ".join(command), done.returncode, done.stdout))


with open(args.build + ".lock", "w") as lock:
    fcntl.flock(lock, fcntl.LOCK_EX)
    if not os.path.exists(os.path.join(args.build, "build.ninja")):
        run(["cmake", "-S", shop, "-B", args.build, "-G", "Ninja"])
    # Cheap when nothing changed; after an edit of the shop it brings the
    # stubs up to date, so a stale build is never analysed.
    run(["cmake", "--build", args.build, "--target", "shop_protos"])
    # Analyses only what is not in the cache yet.
    run([args.msglint, "graph", "-p", args.build, "--root", shop, "--format", "json",
         "-o", os.path.join(args.build, "shop-graph.json")])
