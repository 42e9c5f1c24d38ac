#!/usr/bin/env bash
# Runs golangci-lint with the statuslint plugin, for the
# statuslint-golangci-lint pre-commit hook: golangci-lint run ./... in each
# module that holds one of the files given (see hook-modules.sh). Exit
# status 1 on issues, 3 on errors (golangci-lint's).
#
# The binary is $STATUSLINT_CUSTOM_GCL when set, else the one that
# scripts/build-custom-gcl.sh builds next to this script (once: about six
# minutes with cold caches, then a cache hit while the sources do not change).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
gcl="${STATUSLINT_CUSTOM_GCL:-}"
if [ -z "$gcl" ]; then
	gcl="$root/bin/custom-gcl"
	"$root/scripts/build-custom-gcl.sh" "$gcl" >&2
fi
# shellcheck source=hook-modules.sh
. "$root/scripts/hook-modules.sh"
in_modules 3 "$@" -- "$gcl" run ./...
