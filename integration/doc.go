// Package integration holds end-to-end tests of statuslint where its users
// run it: go vet -vettool, golangci-lint with the module plugin (built from
// tools/custom-gcl), pre-commit, and gopls built with statuslint
// (tools/gopls). It has no code of its own.
//
// The tests build the binaries they need; those that build golangci-lint or
// gopls, or install pre-commit, skip under go test -short. Fixtures are
// modules under testdata; each line that should get a diagnostic carries a
// comment // want `regexp`.
package integration
