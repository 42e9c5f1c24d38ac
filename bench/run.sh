#!/usr/bin/env bash
# bench/run.sh measures statuslint against its cost floor on real Go code.
#
# The floor (bench/floor) is a no-op analyzer that requires inspect and
# declares a fact type. Any analyzer with facts makes the driver load every
# dependency from source, so the floor is the least that statuslint's design
# can cost. The script downloads real open-source Go web services and
# libraries through the module proxy into a scratch directory outside the
# repository, builds both commands, and runs them on the same packages,
# alternating (floor, statuslint, floor, statuslint, ...), measuring
# whole-process wall time, peak RSS and CPU time (user+sys, which suffers
# less than wall time when other work shares the machine) with GNU time. It
# reports medians and the ratios statuslint/floor, which are what matters:
# absolute numbers depend on the machine and on what else runs on it.
#
# Four runs are measured, each for both tools, alternating:
#   check   the standalone command, no cache: `floor PATTERN` and
#           `statuslint -standalone PATTERN` (singlechecker, dependencies
#           loaded from source)
#   first   the first run with a binary the go command has never seen, so
#           no vet result is cached (the compiled export data is warm for
#           both): `go vet -vettool=FLOOR PATTERN` and `statuslint PATTERN`,
#           which finds the cache cold and runs standalone (CI=1: without
#           filling the cache in the background)
#   repeat  the same commands again on unchanged code, after an unmeasured
#           `statuslint -cached PATTERN` filled the cache: what a pre-commit
#           hook or a re-run costs
#   edit    the same commands after a one-line edit (a new declaration
#           appended to a file) in a leaf package of the pattern, one that
#           no other package of the pattern imports; each tool gets its own
#           edit, so neither reuses the other's compilation
# The report gives statuslint/floor ratios for each, the ratio of
# statuslint's first run to its own standalone run (check), and the ratios
# of statuslint's repeat and edit runs to the floor's standalone run.
#
# Usage:
#   bench/run.sh [-n RUNS] [-d DIR] [-r REV] [-m MODES] [-l] [TARGET...]
#
#   -n RUNS   runs per tool, target and mode (default 3; env N)
#   -d DIR    scratch directory (default ${TMPDIR:-/tmp}/statuslint-bench;
#             env BENCH_DIR); downloaded sources stay there between runs
#   -r REV    build statuslint from git revision REV (git archive) instead
#             of the working tree
#   -m MODES  comma-separated subset of check,first,repeat,edit (default
#             all; repeat and edit run after an unmeasured first run when
#             first is not measured)
#   -l        list the known targets and exit
#   -R FILE   print the report of an earlier run's raw results and exit
#   TARGET    target names (default: the DEFAULT_TARGETS below)
#
# Results: a table on stdout, raw measurements in DIR/results/*.tsv.
# No network except the Go module proxy (and apt-get for GNU time, if missing).
set -euo pipefail

# name module@version package-pattern
ALL_TARGETS='
echo       github.com/labstack/echo/v4@v4.16.0                 ./middleware/...
gin        github.com/gin-gonic/gin@v1.12.0                    ./...
gozero     github.com/zeromicro/go-zero@v1.10.3                ./rest/...
kratos     github.com/go-kratos/kratos/v2@v2.8.3               ./...
herodot    github.com/ory/herodot@v0.10.8                      ./...
miniflux   miniflux.app/v2@v2.3.5                              ./...
caddy      github.com/caddyserver/caddy/v2@v2.11.9             ./...
fiber      github.com/gofiber/fiber/v2@v2.52.15                ./...
huma       github.com/danielgtaylor/huma/v2@v2.37.2            ./...
grpcgw     github.com/grpc-ecosystem/grpc-gateway/v2@v2.33.0   ./runtime/...
connect    connectrpc.com/connect@v1.21.1                      ./...
'
DEFAULT_TARGETS='echo gozero'

N=${N:-3}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/statuslint-bench}
REV=
MODES=check,first,repeat,edit

REPORT=
while getopts 'n:d:r:m:R:lh' opt; do
	case $opt in
	n) N=$OPTARG ;;
	d) BENCH_DIR=$OPTARG ;;
	r) REV=$OPTARG ;;
	m) MODES=$OPTARG ;;
	l) echo "$ALL_TARGETS" | sed '/^$/d'; exit 0 ;;
	R) REPORT=$OPTARG ;;
	h) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
	*) exit 2 ;;
	esac
done
shift $((OPTIND - 1))
TARGETS=${*:-$DEFAULT_TARGETS}

case $N in '' | *[!0-9]* | 0) echo "run.sh: -n wants a positive number, got '$N'" >&2; exit 2 ;; esac
for m in ${MODES//,/ }; do
	case $m in check | first | repeat | edit) ;; *) echo "run.sh: unknown mode '$m'" >&2; exit 2 ;; esac
done
has_mode() { case ,$MODES, in *,$1,*) return 0 ;; esac; return 1; }

log() { printf '%s\n' "$*" >&2; }

report() {
	awk -F '\t' '
function median(key,    n, i, j, t, a) {
	n = split(vals[key], a, " ")
	for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
function spread(key,    n, i, a, lo, hi) {
	n = split(vals[key], a, " ")
	lo = a[1]; hi = a[1]
	for (i = 2; i <= n; i++) { if (a[i] + 0 < lo + 0) lo = a[i]; if (a[i] + 0 > hi + 0) hi = a[i] }
	return sprintf("%.2f-%.2f", lo, hi)
}
$1 == "#size" { size[$2] = sprintf("%s pkgs, %s lines; %s with deps", $3, $4, $5); next }
$1 == "#leaf" { leaf[$2] = $3; next }
NR == 1 { next }
{
	k = $1 SUBSEP $2
	if (!(k in seen)) { seen[k] = 1; order[++n] = k }
	vals[k SUBSEP $3 SUBSEP "w"] = vals[k SUBSEP $3 SUBSEP "w"] " " $5
	vals[k SUBSEP $3 SUBSEP "m"] = vals[k SUBSEP $3 SUBSEP "m"] " " $6
	vals[k SUBSEP $3 SUBSEP "c"] = vals[k SUBSEP $3 SUBSEP "c"] " " $7
}
END {
	printf "%-9s %-7s %8s %8s %6s  %8s %8s %6s  %8s %8s %6s  %s\n", "target", "mode", "floor s", "lint s", "ratio", "floor MB", "lint MB", "ratio", "fl cpu", "li cpu", "ratio", "lint s min-max"
	worst_w = 0; worst_m = 0
	for (i = 1; i <= n; i++) {
		k = order[i]; split(k, p, SUBSEP)
		fw = median(k SUBSEP "floor" SUBSEP "w"); sw = median(k SUBSEP "statuslint" SUBSEP "w")
		fm = median(k SUBSEP "floor" SUBSEP "m"); sm = median(k SUBSEP "statuslint" SUBSEP "m")
		fc = median(k SUBSEP "floor" SUBSEP "c"); sc = median(k SUBSEP "statuslint" SUBSEP "c")
		rw = fw > 0 ? sw / fw : 0; rm = fm > 0 ? sm / fm : 0; rc = fc > 0 ? sc / fc : 0
		printf "%-9s %-7s %8.2f %8.2f %5.2fx  %8.0f %8.0f %5.2fx  %8.2f %8.2f %5.2fx  %s\n", p[1], p[2], fw, sw, rw, fm / 1024, sm / 1024, rm, fc, sc, rc, spread(k SUBSEP "statuslint" SUBSEP "w")
		if (p[2] == "check" || p[2] == "first") {
			if (rw > worst_w) worst_w = rw
			if (rm > worst_m) worst_m = rm
		}
		if (p[2] == "check") { standalone[p[1]] = fw; standaloneC[p[1]] = fc; lintSA[p[1]] = sw; lintSAc[p[1]] = sc }
		else { againstSA[p[1] SUBSEP p[2]] = sw; againstSAc[p[1] SUBSEP p[2]] = sc }
	}
	for (t in size) printf "size %-10s %s; edits in %s\n", t, size[t], leaf[t]
	for (i = 1; i <= n; i++) {
		k = order[i]; split(k, p, SUBSEP)
		if (!(k in againstSA)) continue
		if (p[2] == "first" && lintSA[p[1]] > 0 && lintSAc[p[1]] > 0) printf "%-9s %-7s statuslint vs statuslint -standalone: wall %.2f s / %.2f s = %.2fx (goal <= 1.20x), cpu %.2f s / %.2f s = %.2fx\n", p[1], p[2], againstSA[k], lintSA[p[1]], againstSA[k] / lintSA[p[1]], againstSAc[k], lintSAc[p[1]], againstSAc[k] / lintSAc[p[1]]
		if (standalone[p[1]] > 0 && standaloneC[p[1]] > 0) printf "%-9s %-7s statuslint vs the floor standalone: wall %.2f s / %.2f s = %.2fx%s, cpu %.2f s / %.2f s = %.2fx\n", p[1], p[2], againstSA[k], standalone[p[1]], againstSA[k] / standalone[p[1]], p[2] == "repeat" ? " (goal <= 0.10x)" : "", againstSAc[k], standaloneC[p[1]], againstSAc[k] / standaloneC[p[1]]
	}
	printf "worst ratio (check, first): wall %.2fx, memory %.2fx (target <= 1.10x)\n", worst_w, worst_m
}' "$1"
}

if [ -n "$REPORT" ]; then
	report "$REPORT"
	exit 0
fi

REPO=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)
case $BENCH_DIR/ in "$REPO"/*) echo "run.sh: the scratch directory must be outside the repository" >&2; exit 2 ;; esac
BIN=$BENCH_DIR/bin
mkdir -p "$BIN" "$BENCH_DIR/src" "$BENCH_DIR/results"

# statuslint's engine stamps go to the scratch directory, the go command's
# build cache stays the user's, and no run fills the cache in the
# background (CI): each measured run is the process alone.
GOCACHE=$(go env GOCACHE)
export GOCACHE XDG_CACHE_HOME=$BENCH_DIR/cache CI=1

# GNU time, for whole-process wall time and peak RSS of the process tree.
TIME=/usr/bin/time
if ! "$TIME" -f '%e %M' true >/dev/null 2>&1; then
	log "installing GNU time (Debian package 'time')"
	if [ "$(id -u)" = 0 ]; then apt-get install -y -qq time >/dev/null; else sudo apt-get install -y -qq time >/dev/null; fi
fi

# Build the two commands.
log "building floor and statuslint${REV:+ at $REV}"
go build -C "$REPO" -o "$BIN/floor" ./bench/floor
if [ -n "$REV" ]; then
	tree=$BENCH_DIR/tree
	rm -rf "$tree" && mkdir -p "$tree"
	git -C "$REPO" archive "$REV" | tar -x -C "$tree"
	go build -C "$tree" -o "$BIN/statuslint" ./cmd/statuslint
	STATUSLINT_DESC="statuslint $(git -C "$REPO" rev-parse --short "$REV")"
else
	go build -C "$REPO" -o "$BIN/statuslint" ./cmd/statuslint
	STATUSLINT_DESC="statuslint $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?') + working tree"
fi

# Fetch a target's module through the proxy and make it a writable module
# with its dependencies downloaded. Prints the directory.
prepare() {
	local name=$1 modver=$2 dir=$BENCH_DIR/src/$1 src
	if [ ! -f "$dir/.prepared" ]; then
		log "preparing $name ($modver)"
		src=$(cd "$BENCH_DIR" && GOFLAGS=-mod=mod GO111MODULE=on go mod download -json "$modver" |
			sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
		[ -n "$src" ] || { log "cannot download $modver"; return 1; }
		rm -rf "$dir" && cp -r "$src" "$dir" && chmod -R u+w "$dir"
		(cd "$dir" && GOFLAGS=-mod=mod go mod download) >&2
		touch "$dir/.prepared"
	fi
	echo "$dir"
}

# measure TOOL MODE RUN DIR CMD...: run CMD in DIR under GNU time and append
# a row to the results file.
measure() {
	local tool=$1 mode=$2 run=$3 dir=$4 tf rc wall rss user sys
	shift 4
	tf=$(mktemp)
	rc=0
	(cd "$dir" && GOFLAGS=-mod=mod "$TIME" -f '%e %M %U %S' -o "$tf" "$@" >/dev/null 2>"$tf.err") || rc=$?
	read -r wall rss user sys < <(tail -n 1 "$tf")
	# 0: nothing found; 3: diagnostics (statuslint); go vet exits 1 on diagnostics.
	if [ "$rc" != 0 ] && [ "$rc" != 3 ] && ! { [ "$rc" = 1 ] && [ "$tool" = floor ] && [ "$mode" != check ]; }; then
		log "warning: $tool $mode on $target exited $rc:"
		head -n 5 "$tf.err" >&2
	fi
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$mode" "$tool" "$run" "$wall" "$rss" \
		"$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$rc" >>"$RESULTS"
	rm -f "$tf" "$tf.err"
}

RESULTS=$BENCH_DIR/results/$(date -u +%Y%m%dT%H%M%SZ).tsv
printf 'target\tmode\ttool\trun\twall_s\tmaxrss_kb\tcpu_s\texit\n' >"$RESULTS"

for target in $TARGETS; do
	line=$(echo "$ALL_TARGETS" | awk -v t="$target" '$1 == t')
	[ -n "$line" ] || { log "unknown target '$target' (-l lists them)"; exit 2; }
	read -r _ modver pattern <<<"$line"
	dir=$(prepare "$target" "$modver") || continue

	# Warm-up (not measured): fills the go list and build caches for both
	# tools and checks that the target type-checks here.
	rc=0
	(cd "$dir" && GOFLAGS=-mod=mod "$BIN/floor" $pattern >/dev/null 2>"$BENCH_DIR/warmup.err") || rc=$?
	if [ "$rc" != 0 ]; then
		log "skipping $target: it does not load or type-check here (floor exited $rc):"
		head -n 5 "$BENCH_DIR/warmup.err" >&2
		continue
	fi
	(cd "$dir" && GOFLAGS=-mod=mod "$BIN/statuslint" -standalone $pattern >/dev/null 2>&1) || true
	(cd "$dir" && GOFLAGS=-mod=mod go vet -vettool="$BIN/floor" $pattern >/dev/null 2>&1) || true

	# The leaf package that the edit runs change: the first package of the
	# pattern that no other package of the pattern imports, and its first
	# file. The file is restored at the end.
	leaf=$(cd "$dir" && GOFLAGS=-mod=mod go list -f '{{.ImportPath}} {{join .Imports " "}}{{if .GoFiles}}{{else}} NOFILES{{end}}' $pattern 2>/dev/null |
		awk '{ pkg[NR] = $1; nofiles[$1] = ($NF == "NOFILES"); for (i = 2; i <= NF; i++) imported[$i] = 1 }
		     END { for (i = 1; i <= NR; i++) if (!imported[pkg[i]] && !nofiles[pkg[i]]) { print pkg[i]; exit } }')
	leaffile=$(cd "$dir" && GOFLAGS=-mod=mod go list -f '{{.Dir}}/{{index .GoFiles 0}}' "$leaf")
	cp "$leaffile" "$BENCH_DIR/leaf.orig"
	edits=0
	edit() { edits=$((edits + 1)); cp "$BENCH_DIR/leaf.orig" "$leaffile"; printf '\nvar _ = %d // statuslint bench edit\n' "$edits" >>"$leaffile"; }

	pkgs=$(cd "$dir" && GOFLAGS=-mod=mod go list -deps -test $pattern 2>/dev/null | wc -l)
	own=$(cd "$dir" && GOFLAGS=-mod=mod go list -test $pattern 2>/dev/null | wc -l)
	lines=$(cd "$dir" && GOFLAGS=-mod=mod go list -f '{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{range .TestGoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}' $pattern 2>/dev/null |
		sed '/^$/d' | xargs cat 2>/dev/null | wc -l)
	log "== $target: $modver $pattern ($own packages and tests, $lines lines; $pkgs packages with dependencies)"
	printf '#size\t%s\t%s\t%s\t%s\n' "$target" "$own" "$lines" "$pkgs" >>"$RESULTS"

	log "   edits go to $leaffile"
	printf '#leaf\t%s\t%s\n' "$target" "$leaf" >>"$RESULTS"

	for i in $(seq "$N"); do
		if has_mode check; then
			measure floor check "$i" "$dir" "$BIN/floor" $pattern
			measure statuslint check "$i" "$dir" "$BIN/statuslint" -standalone $pattern
		fi
		if has_mode first || has_mode repeat || has_mode edit; then
			# Binaries whose content the go command has not seen: it keys
			# cached vet results by the hash that -V=full prints, so a copy
			# with a unique trailer (ignored by the loader) reuses nothing.
			for tool in floor statuslint; do
				vt=$BIN/vet-$tool-$$-$i
				cp "$BIN/$tool" "$vt"
				printf '\n%s %s %s\n' "$$" "$i" "$(date +%s%N)" >>"$vt"
			done
			vf=$BIN/vet-floor-$$-$i
			vs=$BIN/vet-statuslint-$$-$i
			if has_mode first; then
				measure floor first "$i" "$dir" go vet -vettool="$vf" $pattern
				measure statuslint first "$i" "$dir" "$vs" $pattern
			else
				(cd "$dir" && GOFLAGS=-mod=mod go vet -vettool="$vf" $pattern >/dev/null 2>&1) || true
			fi
			if has_mode repeat || has_mode edit; then
				(cd "$dir" && GOFLAGS=-mod=mod "$vs" -cached $pattern >/dev/null 2>&1) || true
			fi
			if has_mode repeat; then
				measure floor repeat "$i" "$dir" go vet -vettool="$vf" $pattern
				measure statuslint repeat "$i" "$dir" "$vs" $pattern
			fi
			if has_mode edit; then
				edit
				measure floor edit "$i" "$dir" go vet -vettool="$vf" $pattern
				edit
				measure statuslint edit "$i" "$dir" "$vs" $pattern
				cp "$BENCH_DIR/leaf.orig" "$leaffile"
			fi
			rm -f "$vf" "$vs"
		fi
	done
	cp "$BENCH_DIR/leaf.orig" "$leaffile"
done

# Report medians and ratios.
echo "statuslint benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc 2>/dev/null || echo '?') cores, $(go env GOVERSION), $N runs each, $STATUSLINT_DESC"
echo "raw: $RESULTS"
report "$RESULTS"
