#!/usr/bin/env python3
"""bad_input.py TABLE SCRATCH --msglint M --inputs DIR [--include DIR] [--gen DIR] [--only NAME]

Runs every case of a bad-input table (testdata/cli/bad-input/*.toml, one
[[case]] per row; docs/testing.md#bad-input-tables) and checks, for each:
the exit code; stdout and stderr with FileCheck; that msglint neither
crashed nor hung; and that it wrote nothing but the case's outputs and its
cache. Each case gets its own folder SCRATCH/NAME:

  src/        the project, a copy of INPUTS/<project>; write-protected
  build/      its compile_commands.json, and the cache (build/.msglint-cache)
  out/        where the case may write its outputs
  home/ tmp/  msglint's HOME and TMPDIR: they must stay empty

A row's fields (only `name`, `run` and `exit` are required):
  name      the folder's name
  project   the folder of INPUTS to copy into src/ (default bus-tiny); "" for none
  files     {"src/PATH" = "TEXT"}: files written before the compile database
  prepare   shell run in SCRATCH/NAME before the compile database is made
  compdb    false: make no compile database (default true)
  flags     extra compiler flags for every entry
  setup     shell run after the compile database is made
  run       the command: shell, with msglint on PATH; $SRC $BUILD $OUT $CASE set,
            $INCLUDE (the folder of msglint/annotations.h), $TOOLS (testdata/tools)
  exit      the exit code it must return
  stdout, stderr   FileCheck patterns, in order ("NEXT: ..." and "NOT: ..."
            are CHECK-NEXT and CHECK-NOT; [[SRC]] [[BUILD]] [[OUT]] [[CASE]] are
            the folders); with exit 2, stderr must be exactly one line
  writes    paths (relative to the case's folder) it may create or change
            besides build/.msglint-cache; `cache = false` forbids that too
  verify    shell that must succeed afterwards (e.g. the output is valid JSON)
  timeout   seconds before the case counts as a hang (default 60)

Running as root, chmod does not stop writes: the command then runs as
`nobody` (setpriv), for whom the write-protection holds, with build/, out/,
home/ and tmp/ given to it. A case that needs root says so in `root = true`.
"""
import argparse
import os
import pwd
import shutil
import stat
import subprocess
import sys
import time
import tomllib

CRASH_MARKS = ("PLEASE submit a bug report", "Stack dump:", "terminate called", "LLVM ERROR")


def force_remove(path):
    def unprotect(func, p, _):
        os.chmod(os.path.dirname(p), 0o755)
        if os.path.isdir(p) and not os.path.islink(p):
            os.chmod(p, 0o755)
        func(p)

    if os.path.lexists(path):
        for dirpath, dirnames, _ in os.walk(path):
            for d in dirnames:
                p = os.path.join(dirpath, d)
                if not os.path.islink(p):
                    os.chmod(p, 0o755)
        shutil.rmtree(path, onerror=unprotect)


def snapshot(top):
    """Every entry under top: kind, size, mtime, mode, link target (a
    folder's size and mtime change with what is in it, which is compared
    entry by entry)."""
    entries = {}
    for dirpath, dirnames, filenames in os.walk(top):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            target = os.readlink(path) if stat.S_ISLNK(st.st_mode) else None
            folder = stat.S_ISDIR(st.st_mode)
            entries[os.path.relpath(path, top)] = (stat.S_IFMT(st.st_mode), 0 if folder else st.st_size,
                                                   0 if folder else st.st_mtime_ns,
                                                   stat.S_IMODE(st.st_mode), target)
    return entries


def write_protect(top):
    """chmod a-w top and everything under it (symlinks are left alone)."""
    for dirpath, dirnames, filenames in os.walk(top):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            if not os.path.islink(path):
                os.chmod(path, stat.S_IMODE(os.lstat(path).st_mode) & ~0o222)
    os.chmod(top, stat.S_IMODE(os.stat(top).st_mode) & ~0o222)


def give_away(top, uid, gid):
    for dirpath, dirnames, filenames in os.walk(top):
        for name in dirnames + filenames:
            os.lchown(os.path.join(dirpath, name), uid, gid)
    os.lchown(top, uid, gid)


def filecheck(patterns, text, defines, label):
    lines = []
    for p in patterns:
        for prefix, directive in (("NEXT: ", "CHECK-NEXT: "), ("NOT: ", "CHECK-NOT: ")):
            if p.startswith(prefix):
                lines.append(directive + p[len(prefix):])
                break
        else:
            lines.append("CHECK: " + p)
    # FileCheck reads the checks from a file (beside the case's folder, so
    # that no snapshot sees it) and the input from stdin.
    check_file = defines["CASE"] + ".%s.checks" % label
    with open(check_file, "w") as f:
        f.write("\n".join(lines) + "\n")
    args = ["FileCheck", check_file, "--dump-input=never"] + ["-D%s=%s" % kv for kv in defines.items()]
    proc = subprocess.run(args, input=text.encode(), capture_output=True)
    os.remove(check_file)
    return proc.returncode == 0, proc.stderr.decode(errors="replace")


def run_case(case, args, as_nobody):
    name = case["name"]
    top = os.path.join(args.scratch, name)
    force_remove(top)
    dirs = {d.upper(): os.path.join(top, d) for d in ("src", "build", "out", "home", "tmp")}
    for d in dirs.values():
        os.makedirs(d)
    project = case.get("project", "bus-tiny")
    if project:
        shutil.copytree(os.path.join(args.inputs, project), dirs["SRC"], symlinks=True, dirs_exist_ok=True)
    for path, text in case.get("files", {}).items():
        full = os.path.join(top, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
    env = dict(os.environ, SRC=dirs["SRC"], BUILD=dirs["BUILD"], OUT=dirs["OUT"], CASE=top,
               INCLUDE=args.include, TOOLS=os.path.dirname(os.path.abspath(__file__)),
               HOME=dirs["HOME"], TMPDIR=dirs["TMP"],
               PATH=os.path.dirname(args.msglint) + os.pathsep + os.environ.get("PATH", ""))

    def shell(script, what):
        proc = subprocess.run(["bash", "-ec", script], cwd=top, env=env, capture_output=True)
        if proc.returncode != 0:
            raise RuntimeError("%s failed: %s" % (what, proc.stderr.decode(errors="replace")))

    if case.get("prepare"):
        shell(case["prepare"], "prepare")
    if case.get("compdb", True):
        compdb = [sys.executable, args.make_compdb, dirs["SRC"], "--out", dirs["BUILD"],
                  "--flag=-I" + args.include] + ["--gen=" + g for g in args.gen]
        compdb += ["--flag=" + f for f in case.get("flags", [])]
        subprocess.run(compdb, check=True)
    if case.get("setup"):
        shell(case["setup"], "setup")

    write_protect(dirs["SRC"])
    command = ["bash", "-c", case["run"]]
    if as_nobody and not case.get("root"):
        nobody = pwd.getpwnam("nobody")
        for d in ("BUILD", "OUT", "HOME", "TMP"):
            give_away(dirs[d], nobody.pw_uid, nobody.pw_gid)
        command = ["setpriv", "--reuid=%d" % nobody.pw_uid, "--regid=%d" % nobody.pw_gid,
                   "--clear-groups", "--"] + command
    before = snapshot(top)
    start = time.monotonic()
    problems = []
    try:
        proc = subprocess.run(command, cwd=top, env=env, capture_output=True,
                              timeout=case.get("timeout", 60))
        code, out, err = proc.returncode, proc.stdout.decode(errors="replace"), proc.stderr.decode(errors="replace")
    except subprocess.TimeoutExpired as e:
        code, out, err = None, (e.stdout or b"").decode(errors="replace"), (e.stderr or b"").decode(errors="replace")
        problems.append("hung: no exit after %s s" % case.get("timeout", 60))
    seconds = time.monotonic() - start
    after = snapshot(top)

    if code is not None and (code < 0 or code >= 128):
        problems.append("crashed: exit %d" % code)
    elif code is not None and code != case["exit"]:
        problems.append("exit %d, expected %d" % (code, case["exit"]))
    for mark in CRASH_MARKS:
        if mark in err:
            problems.append("crash report on stderr (%r)" % mark)
    allowed = [os.path.join("build", ".msglint-cache")] if case.get("cache", True) else []
    allowed += case.get("writes", [])
    for path in sorted(set(before) | set(after)):
        if before.get(path) == after.get(path):
            continue
        if any(path == a or path.startswith(a + os.sep) for a in allowed):
            continue
        what = "created" if path not in before else "removed" if path not in after else "changed"
        problems.append("%s %s, which the case does not allow" % (what, path))
    defines = dict(dirs, CASE=top)
    if case["exit"] == 2 and case.get("one_line", True) and len(err.splitlines()) != 1:
        problems.append("stderr is not one line")
    for stream, text in (("stdout", out), ("stderr", err)):
        if case.get(stream):
            ok, why = filecheck(case[stream], text, defines, stream)
            if not ok:
                problems.append("%s does not match:\n%s" % (stream, why))
    if case.get("verify") and not problems:
        try:
            shell(case["verify"], "verify")
        except RuntimeError as e:
            problems.append(str(e))
    if problems:
        print("FAIL %s (%.2f s): %s" % (name, seconds, case["run"]))
        for p in problems:
            print("  " + p)
        print("  --- stdout\n%s  --- stderr\n%s" % (out[:4000], err[:4000]))
        return False
    print("PASS %s (%.2f s)" % (name, seconds))
    return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("table")
    parser.add_argument("scratch")
    parser.add_argument("--msglint", required=True)
    parser.add_argument("--make-compdb", required=True, help="tools/make_compdb.py")
    parser.add_argument("--inputs", required=True, help="the folder of the projects (cli/Inputs)")
    parser.add_argument("--include", required=True, help="the folder of msglint/annotations.h")
    parser.add_argument("--gen", action="append", default=[], help="include folder of generated stubs")
    parser.add_argument("--only", help="run only the case of this name")
    args = parser.parse_args()
    args.scratch = os.path.abspath(args.scratch)
    args.msglint = os.path.abspath(args.msglint)
    with open(args.table, "rb") as f:
        cases = tomllib.load(f)["case"]
    names = [c["name"] for c in cases]
    if len(set(names)) != len(names):
        sys.exit("bad_input.py: two cases of %s have the same name" % args.table)
    os.makedirs(args.scratch, exist_ok=True)
    os.chmod(args.scratch, 0o755)
    as_nobody = os.geteuid() == 0 and shutil.which("setpriv") is not None
    if os.geteuid() == 0 and not as_nobody:
        print("note: running as root without setpriv: write-protection is not enforced, "
              "only the snapshots catch writes")
    failed = []
    for case in cases:
        if args.only and case["name"] != args.only:
            continue
        try:
            passed = run_case(case, args, as_nobody)
        except (RuntimeError, subprocess.CalledProcessError) as e:
            print("FAIL %s: the case could not be set up: %s" % (case["name"], e))
            passed = False
        if not passed:
            failed.append(case["name"])
    print("%d cases, %d failed%s" % (len(cases), len(failed), ": " + ", ".join(failed) if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
