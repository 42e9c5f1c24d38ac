// Command statuslint checks the HTTP status codes that Go handlers send.
//
// Usage:
//
//	statuslint [flags] packages...
//	go vet -vettool=$(which statuslint) packages...
//
// Run statuslint -help for the flags.
//
// By default statuslint runs the go command's vet machinery with itself as
// the vet tool (go vet -vettool=STATUSLINT -json), so that the go command
// caches each package's facts and diagnostics: a repeated run on unchanged
// code reads them back, and a change re-analyzes only the packages whose
// inputs changed (a file, a dependency, a flag, or the statuslint binary,
// which the go command identifies by the hash that -V=full prints).
// statuslint then prints what go vet found in the format of a go/analysis
// command: "file:line:col: message" lines on standard error with absolute
// file names, or one JSON tree on standard output with -json.
// -standalone runs the analysis in one process instead (go/analysis's
// singlechecker), without the cache; -test=false implies it, since go vet
// always analyzes test files.
//
// The exit status is the same in every mode: 0 when there is nothing to
// report, 3 when findings remain (printed, in -json, in the -diff preview,
// or left after -fix), and 1 on errors: a bad flag, or a package that does
// not load or type-check (the other packages' findings are still printed).
package main

import (
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/statuslint/statuslint/analyzer"
)

// childEnv marks the process that -standalone starts: it runs singlechecker
// on the arguments it is given.
const childEnv = "STATUSLINT_STANDALONE_CHILD"

func main() {
	args := os.Args[1:]
	switch {
	case os.Getenv(warmEnv) != "":
		// The background run that fills the go command's cache.
		os.Exit(warm(os.Getenv(warmEnv), args))
	case os.Getenv(childEnv) == "1":
		// The -standalone engine: flags checked by the parent.
		singlechecker.Main(analyzer.Analyzer)
	case vetProtocol(args):
		// Invoked by go vet (-V=full, -flags, or a unit's .cfg file).
		if cfg := args[len(args)-1]; strings.HasSuffix(cfg, ".cfg") {
			if err := analyzer.CheckFlags(args, driverFlags(&options{})); err != nil {
				os.Exit(badUnitConfiguration(cfg, err))
			}
		}
		singlechecker.Main(analyzer.Analyzer)
	default:
		os.Exit(command(args))
	}
}

// vetProtocol reports whether args are those of the go vet protocol: the
// -V=full and -flags queries, or a single unit's .cfg file.
func vetProtocol(args []string) bool {
	if len(args) == 0 {
		return false
	}
	for _, a := range args {
		switch strings.TrimPrefix(a, "-") {
		case "-V=full", "V=full", "-flags", "flags":
			return true
		}
	}
	return strings.HasSuffix(args[len(args)-1], ".cfg")
}
