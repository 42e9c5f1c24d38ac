#!/usr/bin/env bash
# Runs golangci-lint with the statuslint plugin, for the
# statuslint-golangci-lint pre-commit hook: golangci-lint run ARGS...
#
# The binary is $STATUSLINT_CUSTOM_GCL when set, else the one that
# scripts/build-custom-gcl.sh builds next to this script (once: about six
# minutes with cold caches, then a cache hit while the sources do not change).
set -euo pipefail
gcl="${STATUSLINT_CUSTOM_GCL:-}"
if [ -z "$gcl" ]; then
	root="$(cd "$(dirname "$0")/.." && pwd)"
	gcl="$root/bin/custom-gcl"
	"$root/scripts/build-custom-gcl.sh" "$gcl" >&2
fi
exec "$gcl" run "$@"
