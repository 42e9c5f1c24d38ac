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

# The key covers the nested module, the root module's requirements and every
# non-test Go file the plugin can be built from.
key=$(
	cd "$root"
	{
		go version
		cat tools/custom-gcl/go.mod tools/custom-gcl/go.sum tools/custom-gcl/main.go go.mod go.sum
		find . -name '*.go' ! -name '*_test.go' \
			! -path './tools/*' ! -path '*/testdata/*' ! -path './examples/*' ! -path './bench/*' ! -path './.git/*' \
			-print | LC_ALL=C sort | xargs cat
	} | sha256sum | cut -c1-24
)
cache="$(go env GOCACHE)/statuslint-custom-gcl"
cached="$cache/custom-gcl-$key"
mkdir -p "$(dirname "$out")"

if [ -z "${STATUSLINT_NO_BINARY_CACHE:-}" ] && [ -x "$cached" ]; then
	cp "$cached" "$out.tmp" && mv "$out.tmp" "$out"
	echo "custom-gcl: from cache ($cached)" >&2
	exit 0
fi

start=$(date +%s)
go build -C "$root/tools/custom-gcl" -trimpath -o "$out" .
echo "custom-gcl: built $out in $(($(date +%s) - start))s" >&2

if [ -z "${STATUSLINT_NO_BINARY_CACHE:-}" ]; then
	mkdir -p "$cache"
	# Keep one binary: drop those of older trees.
	find "$cache" -name 'custom-gcl-*' ! -name "custom-gcl-$key" -delete
	cp "$out" "$cached.tmp" && mv "$cached.tmp" "$cached"
fi
