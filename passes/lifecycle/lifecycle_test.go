package lifecycle_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/passes/lifecycle"
)

// TestLifecycle runs lifecycle over its fixtures in one load (parsing and
// type-checking the standard library is most of a run's cost) and checks
// their // want comments, among them the effects facts of a helper package
// (lifecycle/respond). Then it checks the Result of lifecycle/app
// directly: findings in source order, with the committing call (none for a
// body under the call's own status).
func TestLifecycle(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), lifecycle.Analyzer, "lifecycle/respond", "lifecycle/app")
	var got []string
	for _, r := range results {
		if r.Pass.Pkg.Path() != "lifecycle/app" {
			continue
		}
		res := r.Result.(*lifecycle.Result)
		last := -1
		for _, f := range res.Findings {
			if int(f.Call.Pos()) < last {
				t.Errorf("findings out of order")
			}
			last = int(f.Call.Pos())
			got = append(got, f.Name+"<"+f.PriorName)
			if f.Prior == nil && f.Kind != lifecycle.Bodyless {
				t.Errorf("%s: no committing call", f.Name)
			}
		}
	}
	want := []string{
		"http.ResponseWriter.WriteHeader<respond.JSON",
		"respond.Error<http.ResponseWriter.WriteHeader",
		"respond.JSON<respond.Error",
		"respond.Line<http.ResponseWriter.WriteHeader",
		"http.ResponseWriter.WriteHeader<respond.Check",
		"http.ResponseWriter.WriteHeader<respond.Auth",
		"http.ResponseWriter.WriteHeader<writeErr",
		"respond.JSON<", // a 204 the caller passes: the call's own status
		"writeText<",
	}
	if len(got) != len(want) {
		t.Fatalf("findings %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("finding %d: %q, want %q", i, got[i], want[i])
		}
	}
}
