#!/usr/bin/env bash
# Regenerates the Java under lib/wire/generated/ from the schemas in lib/wire/fbs/ with flatc.
#
#   lib/wire/regenerate.sh           rewrite lib/wire/generated/ (commit the result)
#   lib/wire/regenerate.sh --check   regenerate into a temp folder and fail if the committed code differs
#
# Needs Debian's flatc 2.0.8 (apt-get install flatbuffers-compiler); another version would produce
# different code, so the script refuses it. Each schema declares the namespace lib.wire.generated.<name>,
# so flatc writes its classes to lib/wire/generated/<name>/ and same-named tables of different schemas
# (ArrayDouble, Attribute, Location, ...) do not clash.
#
# flatc 2.0.8 puts `public static void ValidateVersion() { Constants.FLATBUFFERS_2_0_8(); }` into every
# table class: a compile-time check that the runtime matches the compiler. flatbuffers-java 25.2.10,
# the runtime we pin, no longer has that method, so the generated code would not compile. The wire
# format is unchanged between those versions, so the script deletes the line.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
schemas="$here/fbs"
committed="$here/generated"
wanted_version="2.0.8"

mode=write
case "${1:-}" in
    "") ;;
    --check) mode=check ;;
    *) echo "regenerate.sh: unknown option '$1'; use no option to regenerate or --check to verify" >&2; exit 2 ;;
esac

command -v flatc >/dev/null 2>&1 || {
    echo "regenerate.sh: flatc not found; install it with: apt-get install flatbuffers-compiler" >&2; exit 1; }
version="$(flatc --version | awk '{print $NF}')"
if [ "$version" != "$wanted_version" ]; then
    echo "regenerate.sh: flatc $version found, but the committed code comes from flatc $wanted_version;" \
        "install Debian 12's flatbuffers-compiler" >&2
    exit 1
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# Every schema, also the included ones (df12, is84, dtdb), gets its own classes: flatc only writes
# the types of the file it is given. Its warnings about senv's upper-case field names are expected
# (the wire names come from the upstream schema) and silenced.
while IFS= read -r schema; do
    flatc --java -I "$schemas" -o "$out" "$schema" >/dev/null 2>&1 || {
        flatc --java -I "$schemas" -o "$out" "$schema" >&2 || true
        echo "regenerate.sh: flatc failed on ${schema#"$here"/}" >&2
        exit 1
    }
done < <(find "$schemas" -name '*.fbs' | LC_ALL=C sort)

generated="$out/lib/wire/generated"
find "$generated" -name '*.java' -exec sed -i '/public static void ValidateVersion() { Constants\.FLATBUFFERS_[0-9_]*(); }/d' {} +
if grep -rq 'Constants\.FLATBUFFERS_' "$generated"; then
    echo "regenerate.sh: generated code still calls a Constants.FLATBUFFERS_* version check; update the sed above" >&2
    exit 1
fi

if [ "$mode" = check ]; then
    if ! diff -r "$committed" "$generated" >"$out/diff.txt"; then
        echo "regenerate.sh --check: lib/wire/generated/ is out of date with lib/wire/fbs/:" >&2
        head -n 40 "$out/diff.txt" >&2
        echo "Run lib/wire/regenerate.sh and commit the result." >&2
        exit 1
    fi
    echo "lib/wire/generated/ matches lib/wire/fbs/"
    exit 0
fi

rm -rf "$committed"
cp -r "$generated" "$committed"
echo "regenerated $(find "$committed" -name '*.java' | wc -l) files in lib/wire/generated/"
