#!/usr/bin/env bash
# Builds the Debian package, installs it with apt, uses both programs as a user would (the CLI on
# a demo shop, the desktop app under Xvfb) and removes the package again, checking that nothing
# is left behind. For CI on a fresh Debian 12: runs as root, or uses sudo when not root.
# The build folder is $CLIENTELE_BUILD_DIR (default build/), reused when it is configured.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CLIENTELE_BUILD_DIR:-$here/build}
jobs=${CLIENTELE_JOBS:-$(nproc)}
app_id=$(sed -n 's/^set(CLIENTELE_APP_ID "\(.*\)")$/\1/p' "$here/CMakeLists.txt")

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

step() { echo "== package test: $*"; }
fail() {
    echo "package test FAILED: $*" >&2
    exit 1
}
installed() { dpkg-query -W -f='${Status}' clientele 2>/dev/null | grep -q "ok installed"; }

# Under xvfb-run: starts the app on the demo database, waits for its window, checks it stays up
# and draws something, and saves a screenshot.
if [ "${1:-}" = --inside-xvfb ]; then
    db=$2 shot=$3 log=$4
    clientele --db "$db" >"$log" 2>&1 &
    pid=$!
    trap 'kill "$pid" 2>/dev/null || true' EXIT
    window=""
    for _ in $(seq 1 60); do
        window=$(xdotool search --onlyvisible --name Clientele 2>/dev/null | head -n 1 || true)
        [ -n "$window" ] && break
        kill -0 "$pid" 2>/dev/null || fail "clientele exited before showing a window: $(cat "$log")"
        sleep 0.5
    done
    [ -n "$window" ] || fail "no Clientele window appeared within 30 s"
    sleep 4
    kill -0 "$pid" 2>/dev/null || fail "clientele exited within 4 s of showing its window: $(cat "$log")"
    echo "window \"$(xdotool getwindowname "$window")\", $(xdotool getwindowgeometry "$window" | tr -s '\n ' ' ')"
    wm_class=$(xprop -id "$window" WM_CLASS | sed -n 's/.*= "\(.*\)", "\(.*\)"/\1 \2/p')
    echo "WM_CLASS: $wm_class"
    startup_class=$(sed -n 's/^StartupWMClass=//p' "/usr/share/applications/$app_id.desktop")
    grep -qw -- "$startup_class" <<<"$wm_class" ||
        fail "StartupWMClass=$startup_class does not match the window's WM_CLASS ($wm_class)"
    import -window root "$shot"
    colours=$(identify -format '%k' "$shot")
    echo "screenshot $shot: $colours colours"
    [ "$colours" -gt 32 ] || fail "the screen looks blank ($colours colours)"
    kill "$pid"
    wait "$pid" || true
    exit 0
fi

"$here/packaging/install-deps.sh"

step "building the package in $build"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLIENTELE_BUILD_TESTS=OFF
fi
cmake -S "$here" -B "$build" -DCLIENTELE_BUILD_GUI=ON >/dev/null
cmake --build "$build" -j "$jobs"
rm -f "$build"/package/clientele_*.deb
(cd "$build" && cpack -G DEB)
debs=("$build"/package/clientele_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "expected one clientele_*.deb in $build/package"
fi
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB, version $version"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"

step "checking the package's contents"
for lib in libqt6core6 libqt6widgets6 libqt6svg6 libsqlite3-0 libc6; do
    dpkg-deb -f "$deb" Depends | grep -q "\b$lib\b" || fail "Depends lacks $lib"
done
contents=$(dpkg-deb -c "$deb")
expected=(
    /usr/bin/clientele /usr/bin/clientele-cli
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/clientele.1.gz /usr/share/man/man1/clientele-cli.1.gz
    /usr/share/bash-completion/completions/clientele-cli /usr/share/zsh/vendor-completions/_clientele-cli
    /usr/share/doc/clientele/copyright /usr/share/doc/clientele/changelog.gz
)
for size in 16 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
    grep -q " \.$f\$" <<<"$contents" || fail "the package lacks $f"
done
if grep -v ' root/root ' <<<"$contents"; then
    fail "files above are not owned by root"
fi
unpacked=$(mktemp -d)
dpkg-deb -x "$deb" "$unpacked"
for exe in clientele clientele-cli; do
    file "$unpacked/usr/bin/$exe" | grep -q ', stripped' || fail "$exe is not stripped"
done
rm -rf "$unpacked"
lintian --fail-on error,warning "$deb" 2> >(grep -v 'root privileges' >&2)
newest=$(dpkg-parsechangelog -l "$here/packaging/debian/changelog" -S Version)
[ "$newest" = "$version" ] || fail "packaging/debian/changelog's newest entry is $newest, the package is $version"
grep -q "<release version=\"$version\"" "$here/resources/desktop/clientele.metainfo.xml.in" ||
    fail "the AppStream metainfo has no release entry for $version"

tmp=$(mktemp -d)
cleanup() {
    if installed; then
        echo "package test: removing the clientele package left installed" >&2
        $sudo apt-get remove -y -q clientele >/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

if installed; then
    step "removing a clientele package installed before this test"
    $sudo apt-get remove -y -q clientele
fi

step "installing with apt"
$sudo apt-get update -q >/dev/null
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb"
installed || fail "dpkg does not list clientele as installed"
[ "$(command -v clientele-cli)" = /usr/bin/clientele-cli ] || fail "clientele-cli is not /usr/bin/clientele-cli"
[ "$(command -v clientele)" = /usr/bin/clientele ] || fail "clientele is not /usr/bin/clientele"
mapfile -t package_files < <(dpkg -L clientele | while read -r f; do [ -f "$f" ] && echo "$f"; done)

step "validating the desktop entry and the AppStream metainfo"
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
grep -q "^x-scheme-handler/tel=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache ||
    fail "the tel: handler is not in the desktop database (mimeinfo.cache)"
if command -v man >/dev/null; then
    for page in clientele clientele-cli; do
        warnings=$(MANWIDTH=80 man --warnings -l "/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null || true)
        [ -z "$warnings" ] || fail "man $page: $warnings"
    done
fi
completed=$(bash -c 'source /usr/share/bash-completion/completions/clientele-cli
    COMP_WORDS=(clientele-cli backup --l); COMP_CWORD=2; _clientele_cli; echo "${COMPREPLY[*]}"')
[ "$completed" = --list ] || fail "bash completion of 'clientele-cli backup --l' gave '$completed'"

step "using clientele-cli"
export HOME=$tmp/home XDG_RUNTIME_DIR=$tmp/runtime
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
[ "$(clientele-cli --version)" = "clientele-cli $version" ] || fail "clientele-cli --version: $(clientele-cli --version)"
clientele-cli demo --db "$tmp/demo.sqlite" --customers 300 --orders 3000 --years 2
clientele-cli check --db "$tmp/demo.sqlite" >/dev/null || fail "clientele-cli check found problems in the demo"
[ -n "$(clientele-cli find a --db "$tmp/demo.sqlite" --limit 3)" ] || fail "clientele-cli find found nobody"
[ "$(QT_QPA_PLATFORM=offscreen clientele --version)" = "Clientele $version" ] || fail "clientele --version"

step "starting clientele under Xvfb"
shot=$build/package/smoke-screenshot.png
xvfb-run -a -s "-screen 0 1600x1000x24" "$0" --inside-xvfb "$tmp/demo.sqlite" "$shot" "$tmp/clientele.log"

step "removing the package"
$sudo apt-get remove -y -q clientele
! installed || fail "clientele is still installed after apt-get remove"
for f in "${package_files[@]}"; do
    [ ! -e "$f" ] || fail "$f is left after removal"
done
if grep -q "$app_id.desktop" /usr/share/applications/mimeinfo.cache 2>/dev/null; then
    fail "the desktop database still lists $app_id.desktop"
fi
echo "package test: ${#package_files[@]} files installed, used and removed cleanly"
