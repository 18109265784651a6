# bash completion for clientele-cli.
# Commands and options are read from the program's own --help (once per shell), so the
# completion follows the program as commands and options are added.

declare -gA _clientele_cli_help

# Prints (and caches) the --help text of clientele-cli or of one of its commands.
_clientele_cli_help_of() {
    local prog=$1 cmd=$2 key=${2:--} # "-": the program's own help
    if [[ -z ${_clientele_cli_help[$key]+set} ]]; then
        if [[ -z $cmd ]]; then
            _clientele_cli_help[$key]=$("$prog" --help 2>/dev/null)
        else
            _clientele_cli_help[$key]=$("$prog" "$cmd" --help 2>/dev/null)
        fi
    fi
    printf '%s\n' "${_clientele_cli_help[$key]}"
}

_clientele_cli() {
    local prog=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev=""
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # The command is always the first argument.
    local cmd=""
    ((COMP_CWORD > 1)) && cmd=${COMP_WORDS[1]}

    if [[ -z $cmd ]]; then
        local commands
        commands=$(_clientele_cli_help_of "$prog" "" |
            awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { on = 0 }')
        mapfile -t COMPREPLY < <(compgen -W "$commands --version --help" -- "$cur")
        return
    fi

    # Option lines look like "  --out <FILE>   Write the backup to FILE." or "  -h, --help ...".
    local help options="" line name value=""
    help=$(_clientele_cli_help_of "$prog" "$cmd")
    while IFS= read -r line; do
        [[ $line =~ ^\ +(-[a-zA-Z],\ )?(--[a-z][a-z0-9-]*)(\ \<([^>]*)\>)? ]] || continue
        name=${BASH_REMATCH[2]}
        options+="$name "
        if [[ $prev == "$name" ]]; then
            value=${BASH_REMATCH[4]}
        fi
    done <<<"$help"

    if [[ -n $value ]]; then
        case $value in
        FILE | P)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            ;;
        DIR)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            ;;
        esac
        return
    fi
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return
    fi
    # A command whose usage line ends in FILE takes a file argument (restore FILE).
    if grep -qE '^Usage: .* FILE$' <<<"$help"; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
}

complete -F _clientele_cli clientele-cli
