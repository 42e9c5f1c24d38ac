package analyzer_test

import (
	"fmt"
	"path/filepath"
	"strings"
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

func TestHidden(t *testing.T) {
	analysistest.Run(diagnosticsOnly{t}, testdata, analyzer.Analyzer, "hidden/respond", "hidden/app")
}

// diagnosticsOnly drops the fact expectations of a test package, which
// belong to a pass that the package's tests check on their own.
type diagnosticsOnly struct{ t *testing.T }

func (d diagnosticsOnly) Errorf(format string, args ...any) {
	if msg := fmt.Sprintf(format, args...); !strings.Contains(msg, "no fact was reported") {
		d.t.Error(msg)
	}
}

// TestMapperModule checks a mapper in a package that imports no HTTP API,
// in module mode, where the package gets a fact all the same.
func TestMapperModule(t *testing.T) {
	analysistest.Run(t, filepath.Join(testdata, "mappers"), analyzer.Analyzer, "./...")
}
