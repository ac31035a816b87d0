#!/usr/bin/env bash
# CI check: fails when lib/wire/generated/ does not match what lib/wire/fbs/ generates.
exec "$(dirname "${BASH_SOURCE[0]}")/regenerate.sh" --check "$@"
