#!/usr/bin/env bash
# Runs statuslint for the statuslint pre-commit hook: statuslint ./... in
# each module that holds a file of the commit (see hook-modules.sh). Exit
# status 3 on findings, 1 on errors.
#
# The binary is $STATUSLINT_BIN when set, else cmd/statuslint of the hook's
# repository, built next to this script: only statuslint is built (pre-commit's
# golang language would go install every command of the module).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="${STATUSLINT_BIN:-}"
if [ -z "$bin" ]; then
	bin="$root/bin/statuslint"
	go build -C "$root" -o "$bin" ./cmd/statuslint
fi
# shellcheck source=hook-modules.sh
. "$root/scripts/hook-modules.sh"
in_modules 1 "$@" -- "$bin" ./...
