package sites_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/passes/sites"
)

// TestFacts checks the wrapper, mapper and field facts.
func TestFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sites.Analyzer, "hidden/respond")
}

// TestResult checks the codes that sites hold through variables, mappers
// and fields.
func TestResult(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), sites.Analyzer, "hidden/app")
	res := results[0].Result.(*sites.Result)
	got := map[string][]int64{}
	for _, s := range res.Sites {
		for _, c := range s.Codes {
			got[s.Callee] = append(got[s.Callee], c.Value)
		}
	}
	for callee, want := range map[string][]int64{
		"respond.Generic":                 {1000},
		"respond.Error":                   {0},
		"respond.APIError.Status":         {600, 700},
		"http.ResponseWriter.WriteHeader": {460, 700, 201},
	} {
		if !equal(got[callee], want) {
			t.Errorf("%s: codes %v, want %v", callee, got[callee], want)
		}
	}
}

func equal(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestGuardFacts checks the guards that wrapper and mapper facts record.
func TestGuardFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sites.Analyzer, "guards/respond")
}

// TestShapeFacts checks the table, method and field facts.
func TestShapeFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), sites.Analyzer, "shapes/errs")
}
