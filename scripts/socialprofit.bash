# bash completion for socialprofit                      -*- shell-script -*-
#
# Commands, each command's options, the values of options with choices,
# files (and bundled data names, e.g. --unit-costs east-lancs-2018)
# for input options, folders for --out.  The lists come from the program
# itself ("socialprofit help --complete [CMD]", "socialprofit help
# --bundled KIND"), so they always match the installed version.
# Installed by meson install into bash-completion's completions folder.

_socialprofit()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD-1]}
    local exe=${COMP_WORDS[0]}
    command -v "$exe" >/dev/null 2>&1 || exe=socialprofit
    COMPREPLY=()

    if [[ $COMP_CWORD -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$("$exe" help --complete 2>/dev/null) --help --version" -- "$cur"))
        return 0
    fi
    local cmd=${COMP_WORDS[1]}
    if [[ $cmd == help ]]; then
        COMPREPLY=($(compgen -W "$("$exe" help --complete 2>/dev/null)" -- "$cur"))
        return 0
    fi

    # "--name<TAB>what" per option: switch, file, dir, value,
    # choice:a|b|c or data:KIND
    local names=() what= name kind
    while IFS=$'\t' read -r name kind; do
        names+=("$name")
        [[ $name == "$prev" ]] && what=$kind
    done < <("$exe" help --complete "$cmd" 2>/dev/null)

    local IFS=$'\n'
    case $what in
        choice:*)
            local choices=${what#choice:}
            COMPREPLY=($(compgen -W "${choices//|/$'\n'}" -- "$cur"))
            return 0 ;;
        data:*)
            COMPREPLY=($(compgen -W "$("$exe" help --bundled "${what#data:}" 2>/dev/null | cut -f1)" -- "$cur")
                       $(compgen -f -- "$cur"))
            return 0 ;;
        file)
            COMPREPLY=($(compgen -f -- "$cur"))
            return 0 ;;
        dir)
            COMPREPLY=($(compgen -d -- "$cur"))
            return 0 ;;
        value)
            return 0 ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "${names[*]}" -- "$cur"))
        return 0
    fi
    # positional arguments: files; rollout and compare also take the
    # names of bundled scenarios, init a folder
    case $cmd in
        rollout|compare)
            COMPREPLY=($(compgen -W "$("$exe" help --bundled scenarios 2>/dev/null | cut -f1)" -- "$cur")
                       $(compgen -f -- "$cur")) ;;
        init)
            COMPREPLY=($(compgen -d -- "$cur")) ;;
        *)
            COMPREPLY=($(compgen -f -- "$cur")) ;;
    esac
    return 0
}
complete -F _socialprofit socialprofit
