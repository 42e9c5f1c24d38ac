package sends_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/passes/sends"
)

var testdata, _ = filepath.Abs(filepath.Join("..", "..", "testdata"))

// TestFacts checks the sends facts of handlers that another package
// registers.
func TestFacts(t *testing.T) {
	analysistest.Run(t, testdata, sends.Analyzer, "sends/handlers")
}
