package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzer"
)

var testdata, _ = filepath.Abs(filepath.Join("..", "testdata"))

func TestSeed(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, analyzer.Analyzer, "seed")
}

func TestRegistry(t *testing.T) {
	analysistest.Run(t, testdata, analyzer.Analyzer, "registry/user", "directives")
}

func TestNetHTTP(t *testing.T) {
	analysistest.Run(t, testdata, analyzer.Analyzer, "nethttp", "generated")
}

func TestRoutes(t *testing.T) {
	analysistest.Run(t, testdata, analyzer.Analyzer, "routes")
}

func TestCrossPackageHandlers(t *testing.T) {
	analysistest.Run(t, testdata, analyzer.Analyzer, "sends/server")
}
