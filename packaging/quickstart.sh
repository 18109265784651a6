#!/usr/bin/env bash
# The README's two quick-start commands, each doing its own set-up on a fresh Debian 12:
#   packaging/quickstart.sh run    build, create a demo database on first run, open the app on it
#   packaging/quickstart.sh test   build with warnings as errors and run the whole test suite
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-}
build=${CLIENTELE_BUILD_DIR:-$here/build}
jobs=${CLIENTELE_JOBS:-$(nproc)}

case "$mode" in
run | test) ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac

"$here/packaging/install-deps.sh"

werror=OFF
[ "$mode" = test ] && werror=ON
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLIENTELE_WERROR=$werror
cmake --build "$build" -j "$jobs"

if [ "$mode" = test ]; then
    cd "$build"
    # Failed tests are shown in full; the suite stops at nothing so every failure is listed.
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs" --timeout 600
    exit $?
fi

demo=${CLIENTELE_DEMO_DB:-$build/demo.sqlite}
if [ ! -s "$demo" ]; then
    echo "quickstart: creating the demo database $demo (once)"
    "$build/clientele-cli" demo --db "$demo"
fi
exec "$build/clientele" --db "$demo"
