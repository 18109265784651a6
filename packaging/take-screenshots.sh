#!/usr/bin/env bash
# Pictures of the main screens for the README and the AppStream metadata, in one language:
#   packaging/take-screenshots.sh BUILD_DIR DATABASE OUT_DIR [LOCALE]
# e.g. packaging/take-screenshots.sh build demo.sqlite docs/screenshots/zh_CN zh_CN.UTF-8
# The database should be a demo one (clientele-cli demo); C000002 and the first order are shown.
set -euo pipefail
build=$1 db=$2 out=$3 locale=${4:-en_US.UTF-8}
mkdir -p "$out"
order=$(sqlite3 "$db" "SELECT number FROM orders ORDER BY id LIMIT 1" 2>/dev/null || echo SO2024-000001)

shot() {
    local name=$1
    shift
    LANG=$locale LC_ALL=$locale timeout 120 "$build/clientele" --db "$db" "$@" \
        --screenshot "$out/$name.png" -platform offscreen 2>/dev/null
    echo "$out/$name.png"
}

shot today --page today
shot customers --page customers
shot customer-page --open-customer C000002
shot orders --page orders
shot order-editor --open-order "$order"
shot products --page products
shot tasks --page tasks
shot tickets --page tickets
shot campaigns --page campaigns
shot quick-find --quick-find 王
shot log-visit --open-customer C000002 --log-visit
for tab in profiling persistency profitability performance prospecting product promotion; do
    shot "analysis-$tab" --analysis-tab "$tab"
done
