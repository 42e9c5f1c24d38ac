package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzer"
)

// TestGuards checks that a value a guard excludes is not sent: optional
// status parameters (if code != 0, if code > 0, early returns), mappers
// that replace or pass through their parameter, the caller's test of a
// mapper's result, in one package and across packages.
func TestGuards(t *testing.T) {
	analysistest.Run(diagnosticsOnly{t}, testdata, analyzer.Analyzer, "guards/respond", "guards/app")
}

// TestShapes checks the value shapes beyond variables and mappers: status
// tables, statuses returned by methods (through the concrete type and
// through an interface), getters of status fields, unkeyed literals.
func TestShapes(t *testing.T) {
	analysistest.Run(diagnosticsOnly{t}, testdata, analyzer.Analyzer, "shapes/errs", "shapes/app")
}
