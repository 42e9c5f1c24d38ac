# Sourced by the scripts that build tools with statuslint inside (the custom
# golangci-lint, gopls): keeps each built binary in the Go build cache
# directory, keyed by the sources it is built from, so an unchanged tree gets
# it back at once. STATUSLINT_NO_BINARY_CACHE=1 always builds.

# source_key ROOT FILE... prints a key over the Go version, the given files
# (relative to ROOT) and every non-test Go file statuslint is built from.
source_key() {
	local root="$1"
	shift
	(
		cd "$root"
		{
			go version
			cat "$@"
			find . -name '*.go' ! -name '*_test.go' \
				! -path './tools/*' ! -path '*/testdata/*' ! -path './examples/*' ! -path './bench/*' ! -path './.git/*' \
				-print | LC_ALL=C sort | xargs cat
		} | sha256sum | cut -c1-24
	)
}

# cache_fetch NAME KEY OUT copies the cached binary to OUT; it fails when
# there is none.
cache_fetch() {
	local cached
	cached="$(go env GOCACHE)/statuslint-$1/$1-$2"
	[ -z "${STATUSLINT_NO_BINARY_CACHE:-}" ] && [ -x "$cached" ] || return 1
	cp "$cached" "$3.tmp" && mv "$3.tmp" "$3"
	echo "$1: from cache ($cached)" >&2
}

# cache_store NAME KEY OUT keeps OUT as the one cached binary of NAME.
cache_store() {
	[ -z "${STATUSLINT_NO_BINARY_CACHE:-}" ] || return 0
	local cache
	cache="$(go env GOCACHE)/statuslint-$1"
	mkdir -p "$cache"
	find "$cache" -name "$1-*" ! -name "$1-$2" -delete
	cp "$3" "$cache/$1-$2.tmp" && mv "$cache/$1-$2.tmp" "$cache/$1-$2"
}
