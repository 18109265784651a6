#!/usr/bin/env bash
# Installs what building, running and testing Clientele needs on Debian 12 (bookworm), and only
# what is missing. Uses sudo when not run as root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libqt6sql6-sqlite
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n qt6-image-formats-plugins
    libgl-dev libsqlite3-dev sqlite3 libicu-dev libsodium-dev libboost-math-dev libgsl-dev
    catch2 clang-format
    xvfb xauth fonts-noto-cjk imagemagick
    desktop-file-utils appstream dpkg-dev file librsvg2-bin scdoc man-db xdotool x11-utils lintian
)
extra=("$@") # e.g. clang libclang-rt-14-dev for the sanitizer and fuzzing builds

missing=()
for p in "${packages[@]}" "${extra[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
