// Command statuslint checks the HTTP status codes that Go handlers send.
//
// Usage:
//
//	statuslint [flags] packages...
//	go vet -vettool=$(which statuslint) packages...
//
// Run statuslint -help for the flags.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/statuslint/statuslint/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
