# Sourced by the pre-commit hook scripts. Analyzers load packages, not
# files, and the go command loads them from a module: a hook runs its tool
# on ./... in each module that holds one of the files of the commit, found
# by the nearest go.mod above each file, so that a repository whose go.mod
# is not at its root, or that holds several modules, is linted module by
# module (pre-commit runs hooks from the repository's root).

# in_modules ERROR_STATUS FILE... -- COMMAND... runs COMMAND in the
# directory of each module that holds one of the FILEs (in the current
# directory's module when no FILE is given) and exits with the first
# ERROR_STATUS that a run returned, else with the first other non-zero
# status, else 0.
in_modules() {
	local error_status="$1"
	shift
	local -a files=() modules=()
	while [ $# -gt 0 ] && [ "$1" != "--" ]; do
		files+=("$1")
		shift
	done
	shift # --
	if [ ${#files[@]} -eq 0 ]; then
		modules=(.)
	fi
	local f d m seen
	for f in "${files[@]}"; do
		d="$(dirname "$f")"
		while [ ! -f "$d/go.mod" ] && [ "$d" != "." ] && [ "$d" != "/" ]; do
			d="$(dirname "$d")"
		done
		[ -f "$d/go.mod" ] || continue # a file in no module
		seen=
		for m in "${modules[@]}"; do
			[ "$m" = "$d" ] && seen=1
		done
		[ -n "$seen" ] || modules+=("$d")
	done
	local status=0 s
	for m in "${modules[@]}"; do
		s=0
		(cd "$m" && "$@") || s=$?
		if [ "$s" -eq "$error_status" ] || { [ "$s" -ne 0 ] && [ "$status" -eq 0 ]; }; then
			[ "$status" -eq "$error_status" ] || status=$s
		fi
	done
	return "$status"
}
