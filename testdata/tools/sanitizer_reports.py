#!/usr/bin/env python3
"""sanitizer_reports.py DIR: the ctest test sanitizer-reports of the
sanitizer build. Fails, printing them, if the lit run left any sanitizer
report in DIR (testdata/lit.cfg.py sends them there)."""
import os
import sys

folder = sys.argv[1]
reports = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
for name in reports:
    with open(os.path.join(folder, name), errors="replace") as f:
        sys.stdout.write("==== %s\n%s\n" % (name, f.read()))
print("%d sanitizer report%s in %s" % (len(reports), "" if len(reports) == 1 else "s", folder))
sys.exit(1 if reports else 0)
