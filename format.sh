#!/usr/bin/env bash
# Formats the Java sources with palantir-java-format (four-space indents, 120 columns), run through ./jbang.
#   ./format.sh           rewrite the files in place
#   ./format.sh --check   change nothing; list the files that need formatting and exit 1 if there are any
# Generated flatbuffers code is left alone. JBang scripts keep their header (the leading //DEPS-style comment
# lines): the formatter would turn "//DEPS" into "// DEPS", which JBang no longer reads.
set -euo pipefail
cd "$(dirname "$0")"

FORMATTER=com.palantir.javaformat:palantir-java-format:2.50.0
check=false
case "${1:-}" in
    "") ;;
    --check) check=true ;;
    *) echo "format.sh: unknown option '$1'; use --check or nothing" >&2; exit 2 ;;
esac

formatter() {
    ./jbang --main com.palantir.javaformat.java.Main "$FORMATTER" --palantir "$@"
}

mapfile -t sources < <(git ls-files 'lib/*.java' 'writer/*.java' 'tests/*.java' 'selftests/*.java' | grep -v '/generated/')
mapfile -t scripts < <(git ls-files '*.java' | grep -v -e '^lib/' -e '^writer/' -e '^tests/' -e '^selftests/')

unformatted=()
if $check; then
    mapfile -t unformatted < <(formatter --dry-run "${sources[@]}")
else
    formatter --replace "${sources[@]}"
fi

for script in "${scripts[@]}"; do
    header_lines=$(awk '!/^\/\// { print NR - 1; exit }' "$script")
    formatted=$( { head -n "$header_lines" "$script"; echo; tail -n +"$((header_lines + 1))" "$script" | formatter -; } )
    if [ "$formatted" != "$(cat "$script")" ]; then
        if $check; then
            unformatted+=("$script")
        else
            printf '%s\n' "$formatted" > "$script"
        fi
    fi
done

if $check && [ ${#unformatted[@]} -gt 0 ]; then
    printf 'needs formatting: %s\n' "${unformatted[@]}"
    echo "format.sh: ${#unformatted[@]} file(s) need formatting; run ./format.sh"
    exit 1
fi
