#!/usr/bin/env python3
"""Writes DIR/build/compile_commands.json for every C++ source under DIR.

Test projects are laid out by split-file; this plays the part of CMake's
CMAKE_EXPORT_COMPILE_COMMANDS so each test has a real compile database.
"""
import argparse
import json
import os
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--gen", action="append", default=[],
                        help="include directory of generated code")
    parser.add_argument("--compiler", default="/usr/bin/c++")
    parser.add_argument("--flag", action="append", default=[],
                        help="extra compiler flag")
    parser.add_argument("--out", help="build directory (default DIR/build)")
    args = parser.parse_args()

    root = os.path.abspath(args.dir)
    build = os.path.abspath(args.out or os.path.join(root, "build"))
    sources = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if os.path.join(dirpath, d) != build)
        for name in sorted(filenames):
            if name.endswith((".cpp", ".cc")):
                sources.append(os.path.join(dirpath, name))
    entries = []
    for source in sources:
        arguments = [args.compiler, "-std=c++17", "-I" + root]
        arguments += ["-I" + g for g in args.gen]
        arguments += args.flag
        arguments += ["-c", source, "-o", source + ".o"]
        entries.append({"directory": build, "file": source, "arguments": arguments})
    os.makedirs(build, exist_ok=True)
    with open(os.path.join(build, "compile_commands.json"), "w") as out:
        json.dump(entries, out, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
