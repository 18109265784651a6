#!/usr/bin/env bash
# Checks that the man pages document every command and option the programs accept, as read from
# their own --help:
#   check-man-pages.sh CLIENTELE-CLI clientele-cli.1.scd [CLIENTELE clientele.1.scd]
# A command of clientele-cli needs a "## " section naming it; each of its options must appear in
# bold at the start of a definition line (*--name*) in that section or under "# GLOBAL OPTIONS". Options of clientele must appear
# under "# OPTIONS".
set -uo pipefail

missing=0

# The lines of the scdoc file from the heading matched by $2 (an awk regex) up to the next heading
# of the same or a higher level.
section() {
    awk -v start="$2" '
        inside && /^#/ && !/^###/ { if ($0 ~ /^# / || level == 2) exit }
        $0 ~ start { inside = 1; level = ($0 ~ /^## /) ? 2 : 1; next }
        inside' "$1"
}

# The long options in a Qt --help text (the option column only).
options_in_help() {
    grep -E '^ +-' | sed -E 's/^ +//; s/  +.*$//' | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u
}

expect_option() { # page section-text option where
    # Documented means a definition line of its own ("*--name* _VALUE_", "*-x*, *--name*").
    if ! grep -E '^\*-' <<<"$2" | grep -qF -- "*$3*"; then
        echo "$1: $4: option $3 is not documented" >&2
        missing=1
    fi
}

cli=$1
cli_page=$2
global=$(section "$cli_page" '^# GLOBAL OPTIONS')
for opt in --version --help; do
    expect_option "$cli_page" "$global" "$opt" "clientele-cli"
done
commands=$("$cli" --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { on = 0 }')
if [ -z "$commands" ]; then
    echo "$cli --help listed no commands" >&2
    exit 1
fi
for cmd in $commands; do
    text=$(section "$cli_page" "^## (.*[ ,])?$cmd([ ,].*)?\$")
    if [ -z "$text" ]; then
        echo "$cli_page: command $cmd has no section" >&2
        missing=1
        continue
    fi
    if help=$("$cli" "$cmd" --help 2>/dev/null); then
        for opt in $(options_in_help <<<"$help"); do
            expect_option "$cli_page" "$text"$'\n'"$global" "$opt" "clientele-cli $cmd"
        done
    fi
done

if [ $# -ge 4 ]; then
    gui=$3
    gui_page=$4
    text=$(section "$gui_page" '^# OPTIONS')
    help=$(QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$gui" --help 2>/dev/null)
    if [ -z "$help" ]; then
        echo "$gui --help printed nothing" >&2
        exit 1
    fi
    for opt in $(options_in_help <<<"$help"); do
        expect_option "$gui_page" "$text" "$opt" "clientele"
    done
fi

if [ $missing -ne 0 ]; then
    exit 1
fi
echo "the man pages cover every command and option"
