#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer target for a bounded time: run-fuzz.sh TARGET SEEDS WORKDIR SECONDS.
# New inputs and any crash go to WORKDIR, never to the seed corpus in the source tree.
# Prints the executions and fails when the target crashed, leaked, hung or broke a property.
set -euo pipefail
target=$1 seeds=$2 work=$3 seconds=$4
mkdir -p "$work/corpus" "$work/artifacts"
log="$work/fuzz.log"
status=0
ASAN_OPTIONS=${FUZZ_ASAN_OPTIONS:-detect_leaks=0} \
"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "$work/corpus" "$seeds" >"$log" 2>&1 || status=$?
tail -n 25 "$log"
runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
echo "fuzz: $(basename "$target") ran ${seconds}s, ${runs:-?} executions, exit status $status"
exit "$status"
