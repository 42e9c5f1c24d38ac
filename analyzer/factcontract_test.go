package analyzer_test

import (
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// sealed returns a copy of a, and of the analyzers it requires, whose
// Run hands the original Run the results of the original analyzers and,
// when it returns, replaces the pass's fact functions by ones that fail
// t. It checks go/analysis' contract that a pass reads and writes facts
// only while its Run runs: a Result that imports a fact lazily, when a
// later analyzer asks it, fails the test. TestCodeChecks runs the code
// checks sealed, over packages that import routers, handlers and mappers
// of other packages.
func sealed(t *testing.T, a *analysis.Analyzer, copies map[*analysis.Analyzer]*analysis.Analyzer) *analysis.Analyzer {
	if c, ok := copies[a]; ok {
		return c
	}
	c := *a
	copies[a] = &c
	c.Requires = nil
	original := map[*analysis.Analyzer]*analysis.Analyzer{}
	for _, req := range a.Requires {
		s := sealed(t, req, copies)
		c.Requires = append(c.Requires, s)
		original[s] = req
	}
	c.Run = func(pass *analysis.Pass) (any, error) {
		results := map[*analysis.Analyzer]any{}
		for req, res := range pass.ResultOf {
			results[original[req]] = res
		}
		pass.ResultOf = results
		res, err := a.Run(pass)
		late := func(what string) {
			t.Errorf("%s: %s on %s after its Run returned", a.Name, what, pass.Pkg.Path())
		}
		pass.ImportObjectFact = func(types.Object, analysis.Fact) bool { late("ImportObjectFact"); return false }
		pass.ImportPackageFact = func(*types.Package, analysis.Fact) bool { late("ImportPackageFact"); return false }
		pass.ExportObjectFact = func(types.Object, analysis.Fact) { late("ExportObjectFact") }
		pass.ExportPackageFact = func(analysis.Fact) { late("ExportPackageFact") }
		pass.AllObjectFacts = func() []analysis.ObjectFact { late("AllObjectFacts"); return nil }
		pass.AllPackageFacts = func() []analysis.PackageFact { late("AllPackageFacts"); return nil }
		return res, err
	}
	return &c
}
