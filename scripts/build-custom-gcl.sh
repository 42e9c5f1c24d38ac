#!/usr/bin/env bash
# Builds golangci-lint v2.15.0 with the statuslint plugin, from the Go module
# proxy alone (no golangci-lint custom, which clones from a code host).
#
#   scripts/build-custom-gcl.sh [OUTPUT]     default OUTPUT: bin/custom-gcl
#
# The binary is cached in the Go build cache directory, keyed by the sources
# it is built from, so an unchanged tree gets it back at once. Set
# STATUSLINT_NO_BINARY_CACHE=1 to always build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/bin/custom-gcl}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

# shellcheck source=binary-cache.sh
. "$root/scripts/binary-cache.sh"
key=$(source_key "$root" tools/custom-gcl/go.mod tools/custom-gcl/go.sum tools/custom-gcl/main.go go.mod go.sum)
mkdir -p "$(dirname "$out")"
cache_fetch custom-gcl "$key" "$out" && exit 0

start=$(date +%s)
go build -C "$root/tools/custom-gcl" -trimpath -o "$out" .
echo "custom-gcl: built $out in $(($(date +%s) - start))s" >&2
cache_store custom-gcl "$key" "$out"
