package sends_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/passes/sends"
)

// TestFacts checks the sends facts of handlers that another package
// registers.
func TestFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sends.Analyzer, "sends/handlers")
}
