#!/usr/bin/env bash
# CI step: the whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer must run
# clean (any report fails the test that triggered it).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CLIENTELE_SANITIZE_BUILD_DIR:-$here/build-sanitize}
jobs=${CLIENTELE_JOBS:-$(nproc)}

"$here/packaging/install-deps.sh"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCLIENTELE_SANITIZE=ON -DCLIENTELE_WERROR=ON
cmake --build "$build" -j "$jobs"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export LSAN_OPTIONS=suppressions=$here/packaging/sanitizer-suppressions.txt:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
export CLIENTELE_KILLS=${CLIENTELE_KILLS:-50}
cd "$build"
ctest --output-on-failure -j "$jobs" --timeout 900
