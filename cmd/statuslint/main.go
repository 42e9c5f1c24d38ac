// Command statuslint checks the HTTP status codes that Go handlers send.
//
// Usage:
//
//	statuslint [flags] packages...
//	go vet -vettool=$(which statuslint) packages...
//
// Run statuslint -help for the flags. The exit status is 0 when there is
// nothing to report, 3 when there are diagnostics, and 1 on errors: a bad
// configuration, or a package that does not load or type-check.
package main

import (
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/statuslint/statuslint/analyzer"
)

func main() {
	if err := analyzer.CheckFlags(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "statuslint: bad configuration: %v\n", err)
		os.Exit(1)
	}
	singlechecker.Main(analyzer.Analyzer)
}
