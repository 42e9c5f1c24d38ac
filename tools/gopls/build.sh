#!/usr/bin/env bash
# Builds gopls v0.23.0 with statuslint among its analyzers.
#
#   tools/gopls/build.sh [OUTPUT]     default OUTPUT: bin/gopls-statuslint
#
# gopls compiles its analyzer list into an internal package, so a third-party
# analyzer needs a rebuilt gopls. What this script does:
#   - go build -overlay cannot add a file under GOMODCACHE ("Files beneath
#     GOMODCACHE must not be replaced"), so gopls v0.23.0 is copied from the
#     module cache into a scratch directory, unchanged, and
#     statuslint_settings.go.in is added to its internal/settings package as
#     one new file (an init that appends statuslint to AllAnalyzers);
#   - gopls only compiles against its own pinned golang.org/x/tools, older
#     than statuslint's v0.52.0, so the build uses a scratch copy of this
#     directory's go.mod with that pin (-modfile), and an overlay of the
#     statuslint go.mod with the same pin; statuslint's sources are used as
#     they are.
# Only the Go module proxy is used. The binary is cached in the Go build
# cache directory, keyed by the sources it is built from; set
# STATUSLINT_NO_BINARY_CACHE=1 to always build.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/bin/gopls-statuslint}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac
mkdir -p "$(dirname "$out")"

# shellcheck source=../../scripts/binary-cache.sh
. "$root/scripts/binary-cache.sh"
key=$(source_key "$root" tools/gopls/go.mod tools/gopls/go.sum tools/gopls/build.sh tools/gopls/statuslint_settings.go.in go.mod go.sum)
cache_fetch gopls "$key" "$out" && exit 0

scratch="$(mktemp -d)"
trap 'chmod -R u+w "$scratch"; rm -rf "$scratch"' EXIT
cd "$here"

# gopls's module, and the golang.org/x/tools version it pins.
go mod download golang.org/x/tools/gopls
goplsdir="$(go list -m -f '{{.Dir}}' golang.org/x/tools/gopls)"
goplsversion="$(go list -m -f '{{.Version}}' golang.org/x/tools/gopls)"
pin="$(awk '$1 == "require" { $1 = "" ; $0 = $0 } $1 == "golang.org/x/tools" { print $2 }' "$goplsdir/go.mod")"
if [ -z "$pin" ]; then
	echo "build.sh: cannot find the golang.org/x/tools version that gopls $goplsversion requires" >&2
	exit 1
fi

# gopls, copied as it is, plus the one file that adds statuslint.
cp -R "$goplsdir" "$scratch/gopls"
chmod -R u+w "$scratch/gopls"
cp statuslint_settings.go.in "$scratch/gopls/internal/settings/statuslint.go"

# The build's go.mod: this one, with gopls from the scratch copy and
# golang.org/x/tools at gopls's pin; statuslint's go.mod, with the same pin.
cp go.mod "$scratch/build.mod"
cp go.sum "$scratch/build.sum"
go mod edit -replace="golang.org/x/tools/gopls=$scratch/gopls" -require="golang.org/x/tools@$pin" "$scratch/build.mod"
cp "$root/go.mod" "$scratch/statuslint.mod"
go mod edit -require="golang.org/x/tools@$pin" "$scratch/statuslint.mod"
printf '{"Replace":{"%s":"%s"}}\n' "$root/go.mod" "$scratch/statuslint.mod" >"$scratch/overlay.json"

start=$(date +%s)
GOFLAGS=-mod=mod go build -modfile="$scratch/build.mod" -overlay="$scratch/overlay.json" -trimpath -o "$out" golang.org/x/tools/gopls
echo "gopls $goplsversion with statuslint (golang.org/x/tools $pin): built $out in $(($(date +%s) - start))s" >&2

cache_store gopls "$key" "$out"
