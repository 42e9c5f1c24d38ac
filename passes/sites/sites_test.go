package sites_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/passes/sites"
)

// TestSites runs sites over its fixtures in one load (parsing and
// type-checking the standard library is most of a run's cost) and checks
// their // want comments: the wrapper, mapper and field facts
// (hidden/respond), the guards that wrapper and mapper facts record
// (guards/respond), the table, method and field facts (shapes/errs). Then
// it checks the codes that the sites of hidden/app hold through variables,
// mappers and fields.
func TestSites(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), sites.Analyzer, "hidden/respond", "hidden/app", "guards/respond", "shapes/errs")
	var res *sites.Result
	for _, r := range results {
		if r.Pass.Pkg.Path() == "hidden/app" {
			res = r.Result.(*sites.Result)
		}
	}
	if res == nil {
		t.Fatal("no result for hidden/app")
	}
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
