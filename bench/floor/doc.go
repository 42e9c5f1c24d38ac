// Command floor is the cost floor of statuslint's design: an analyzer that
// requires inspect.Analyzer and declares a fact type, and does nothing else.
//
// An analyzer that declares facts makes the driver load every dependency
// from source and run on it, so no analyzer with facts can be cheaper than
// this one on the same packages. bench/run.sh measures statuslint against it.
//
// Usage:
//
//	floor [flags] packages...
//	go vet -vettool=$(which floor) packages...
package main
