package analyzer_test

import (
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzer"
)

// codeChecks is statuslint with the lifecycle's path checks off: the
// fixtures of the code checks call one status API after another in one
// function, on purpose, and each call would be a superfluous status. The
// lifecycle tests (lifecycle_test.go) run analyzers of their own with
// every category on. The tests build their analyzers and leave the
// command's analyzer.Analyzer as it is.
var codeChecks = mustNew(analyzer.Config{Disable: []string{"superfluous", "bodyless", "header"}})

func mustNew(cfg analyzer.Config) *analysis.Analyzer {
	a, err := analyzer.New(cfg)
	if err != nil {
		panic(err)
	}
	return a
}
