package analyzer_test

import (
	"os"
	"testing"

	"github.com/statuslint/statuslint/analyzer"
)

// TestMain turns the lifecycle's path checks off in analyzer.Analyzer: the
// fixtures of the code checks call one status API after another in one
// function, on purpose, and each call would be a superfluous status. The
// lifecycle tests (lifecycle_test.go) run analyzers of their own with
// every category on.
func TestMain(m *testing.M) {
	if err := analyzer.Analyzer.Flags.Set("disable", "superfluous,bodyless,header"); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}
