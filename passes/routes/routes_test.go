package routes_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/passes/routes"
)

// TestFacts checks the sends facts of handlers that another package
// registers.
func TestFacts(t *testing.T) {
	testdata, _ := filepath.Abs(filepath.Join("..", "..", "testdata"))
	analysistest.Run(t, testdata, routes.Analyzer, "sends/handlers")
}

// TestResult checks the routes, their paths and exposure, directly.
func TestResult(t *testing.T) {
	testdata, _ := filepath.Abs(filepath.Join("..", "..", "testdata"))
	// The package's want comments are for the root analyzer: ignore them.
	results := analysistest.Run(ignore{}, testdata, routes.Analyzer, "routes")
	res := results[0].Result.(*routes.Result)
	got := map[string]bool{}
	for _, r := range res.Routes {
		got[r.Path] = r.Internal
	}
	for path, internal := range map[string]bool{
		"/items/{id}": false, "/host": false, "/conv": false, "/api/": false, "/lit": false,
		"/ops/limited": true, "/handler-marked": true, "/admin/admin/limited": true, "/internal/pub/x": false,
		"/internal/limited": false, // internal by configuration, which the root analyzer applies
	} {
		if i, ok := got[path]; !ok || i != internal {
			t.Errorf("route %s: internal=%v found=%v, want internal=%v", path, i, ok, internal)
		}
	}
	if len(res.Public) != 1 || res.Public[0].Obj.Name() != "Exported" {
		t.Errorf("Public = %v, want [Exported]", res.Public)
	}
}

// ignore is an analysistest.Testing that drops expectation failures.
type ignore struct{}

func (ignore) Errorf(string, ...any) {}
