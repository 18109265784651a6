#!/usr/bin/env bash
# CI step: build the libFuzzer targets with clang and run each for a bounded time from the
# committed seed corpus (new inputs go to a scratch folder, never into the repository).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CLIENTELE_FUZZ_BUILD_DIR:-$here/build-fuzz}
seconds=${CLIENTELE_FUZZ_SECONDS:-45}
jobs=${CLIENTELE_JOBS:-$(nproc)}

"$here/packaging/install-deps.sh" clang libclang-rt-14-dev
CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCLIENTELE_FUZZ=ON -DCLIENTELE_BUILD_GUI=OFF
targets=(csv_reader_fuzz:csv money_dates_fuzz:money_dates database_open_fuzz:database)
cmake --build "$build" -j "$jobs" --target clientele_csv_reader_fuzz clientele_money_dates_fuzz \
    clientele_database_open_fuzz

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for entry in "${targets[@]}"; do
    target=${entry%%:*}
    corpus=${entry##*:}
    mkdir -p "$scratch/$corpus"
    echo "fuzzing $target for ${seconds}s"
    "$build/tests/fuzz/clientele_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
        -print_final_stats=1 "$scratch/$corpus" "$here/tests/fuzz/corpus/$corpus" 2>&1 | tail -n 12
    [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzzing $target found a problem" >&2; exit 1; }
done
