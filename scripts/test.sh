#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test through ctest (GUI tests offscreen);
# then builds again with clang, AddressSanitizer, UndefinedBehaviorSanitizer and the libFuzzer
# targets in build-sanitize/ and runs the whole suite and the fuzz targets there too.
# AUDITLENS_SANITIZERS=0 skips that second pass (a quicker local run).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${AUDITLENS_BUILD_DIR:-$root/build}
"$root/scripts/install-deps.sh" --tests
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900

[ "${AUDITLENS_SANITIZERS:-1}" = 0 ] && exit 0
san=${AUDITLENS_SANITIZE_BUILD_DIR:-$root/build-sanitize}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
start=$(date +%s)
# -O1: the sanitizers' own advice, and a quicker build than -O2 on two cores.
cmake -S "$root" -B "$san" -G Ninja "${launcher[@]}" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE= \
      -DCMAKE_CXX_FLAGS="-O1 -g" -DAUDITLENS_WERROR=OFF -DAUDITLENS_SANITIZE=ON -DAUDITLENS_FUZZ=ON
cmake --build "$san" --parallel "$(nproc)"
built=$(date +%s)
cd "$san"
# Leaks of Qt's and fontconfig's own singletons are suppressed by name in tests/lsan.supp.
export ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=0:abort_on_error=0
export LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/ubsan.supp
# The benchmark smoke test measures speed, which a sanitizer build does not have.
ctest --output-on-failure --parallel "$(nproc)" --timeout 900 -E '^benchmark_smoke$'
echo "sanitizer build: $((built - start)) s to build, $(($(date +%s) - built)) s to test"
