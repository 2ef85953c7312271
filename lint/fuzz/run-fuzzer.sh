#!/bin/sh
# run-fuzzer.sh FUZZER SEED_DIR WORK_DIR SECONDS: the ctest test fuzz-<name>.
# Fuzzes for SECONDS from the seed corpus and fails on any crash. libFuzzer
# writes new inputs into its first corpus folder, so that is a fresh one
# under WORK_DIR and the seeds (in the source tree) come second, read only.
# A crashing input is saved as WORK_DIR/artifacts/crash-<sha1>
# (docs/testing.md#a-crash-becomes-a-regression-input).
set -eu
fuzzer=$1 seeds=$2 work=$3 seconds=$4
rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" "$work/corpus" "$seeds"
