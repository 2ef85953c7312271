# lit configuration for msglint's tests (docs/testing.md).
import os

import lit.formats

config.name = "msglint"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["protos", "tools", "Inputs", "fuzz", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py.in"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.msglint_obj_root, "testdata")

config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
# Deterministic messages whatever the machine's locale.
config.environment["LC_ALL"] = "C.UTF-8"

# The sanitizer build (docs/testing.md#sanitizers-and-fuzzing): lit passes
# no environment on its own, so the sanitizers' options are set here. Every
# report goes to a file in config.sanitizer_reports, which the ctest test
# sanitizer-reports checks after the suite: a report fails the run even in
# a process whose failure a test expects (`not %msglint ...`).
if config.sanitize:
    os.makedirs(config.sanitizer_reports, exist_ok=True)
    # One file per process that reports (ASan, LSan and UBSan alike).
    reports = "log_path=" + os.path.join(config.sanitizer_reports, "report")
    config.environment["ASAN_OPTIONS"] = ":".join([
        # Leaks too: the whole suite, clang-tidy with the module included,
        # has none (docs/testing.md#leaks), so nothing is suppressed.
        "abort_on_error=1", "detect_leaks=1", "check_initialization_order=1",
        reports])
    config.environment["UBSAN_OPTIONS"] = ":".join([
        "print_stacktrace=1", "halt_on_error=1", "abort_on_error=1", reports])

# A crash on purpose (MSGLINT_DEBUG_CRASH_ON) leaves that TU's half-made
# Clang objects unfreed, by design (lint/extract/Isolation.cpp): in the
# sanitizer build the leak check of such a process is off, every other
# check stays on. Used as `%leaks-left-by-crash MSGLINT_DEBUG_CRASH_ON=...`.
config.substitutions.append(
    ("%leaks-left-by-crash", "env LSAN_OPTIONS=detect_leaks=0" if config.sanitize else "env"))

tools = os.path.join(config.test_source_root, "tools")
config.substitutions.append(("%expect-exit", "python3 " + os.path.join(tools, "expect_exit.py")))
# Before %msglint, which is their prefix.
config.substitutions.append(("%msglint-build", config.msglint_obj_root))
config.substitutions.append(("%msglint-dir", os.path.dirname(config.msglint)))
config.substitutions.append(("%msglint", config.msglint))
config.substitutions.append(("%gen", config.gen_dir))
config.substitutions.append(("%tidy-plugin", config.tidy_plugin))
config.substitutions.append(("%run-clang-tidy", config.run_clang_tidy))
config.substitutions.append(("%clang-tidy", config.clang_tidy))
# The rule tests' include paths: msglint/annotations.h and rules/Inputs/.
config.substitutions.append(("%tidy-matches-native",
    "python3 %s --msglint %s --tidy %s --plugin %s --gen %s --flag=-I%s --flag=-I%s" % (
    os.path.join(tools, "tidy_matches_native.py"), config.msglint, config.clang_tidy, config.tidy_plugin,
    config.gen_dir, os.path.join(config.repo_root, "include"),
    os.path.join(config.repo_root, "testdata", "rules", "Inputs"))))
config.substitutions.append(
    ("%make-compdb", "python3 %s --gen %s" % (os.path.join(tools, "make_compdb.py"), config.gen_dir)))
config.substitutions.append(("%clangxx", config.clangxx))
# The bad-input tables (cli/bad-input/): one case per row.
config.substitutions.append(("%bad-input", "python3 %s --msglint %s --make-compdb %s --inputs %s --include %s --gen %s" % (
    os.path.join(tools, "bad_input.py"), config.msglint, os.path.join(tools, "make_compdb.py"),
    os.path.join(config.test_source_root, "cli", "Inputs"), os.path.join(config.repo_root, "include"),
    config.gen_dir)))
config.substitutions.append(("%cache-entries", "python3 " + os.path.join(tools, "cache_entries.py")))
config.substitutions.append(("%print-facts", "python3 " + os.path.join(tools, "print_facts.py")))
config.substitutions.append(("%graph-edges", "python3 " + os.path.join(tools, "graph_edges.py")))
config.substitutions.append(("%protoc-grpc", "%s --plugin=protoc-gen-grpc=%s" % (config.protoc, config.grpc_plugin)))
# One shared build of examples/shop for the tests on it (tools/prepare_shop.py).
shop_build = os.path.join(config.test_exec_root, "shop-build")
config.substitutions.append(("%prepare-shop", "python3 %s --msglint %s --examples %s %s" % (
    os.path.join(tools, "prepare_shop.py"), config.msglint, config.examples_dir, shop_build)))
config.substitutions.append(("%shop-build", shop_build))
config.substitutions.append(("%examples", config.examples_dir))
config.substitutions.append(("%repo", config.repo_root))

# SARIF and JSON validation (testdata/CMakeLists.txt installs the tools).
if config.sarif_tools:
    config.available_features.add("sarif-validators")
    config.substitutions.append(("%validate-sarif", "python3 %s --tools %s --node %s" % (
        os.path.join(tools, "validate_sarif.py"), config.sarif_tools, config.node)))
    config.substitutions.append(("%validate-json", "%s %s %s" % (
        config.node, os.path.join(tools, "validate_json.js"),
        os.path.join(config.sarif_tools, "node_modules"))))
    # The official AsyncAPI 3.0 schema, from npm's @asyncapi/specs.
    config.substitutions.append(("%asyncapi-schema", os.path.join(
        config.sarif_tools, "node_modules", "@asyncapi", "specs", "schemas", "3.0.0.json")))
# The graph page, and Mermaid's renderer, in headless Chromium
# (testdata/CMakeLists.txt installs playwright-core and mermaid; a missing
# Chromium fails the test).
if config.browser_tools:
    config.available_features.add("browser")
    for name, script in (("%check-graph-page", "check_graph_page.js"), ("%render-mermaid", "render_mermaid.js")):
        config.substitutions.append((name, "%s %s --modules %s --chromium %s" % (
            config.node, os.path.join(tools, "browser", script),
            os.path.join(config.browser_tools, "node_modules"), config.chromium)))
config.substitutions.append(("%check-rule-help", "python3 " + os.path.join(tools, "check_rule_help.py")))
config.substitutions.append(("%summarise", "python3 " + os.path.join(tools, "summarise_report.py")))
config.substitutions.append(("%schemas", os.path.join(config.repo_root, "docs", "schemas")))
