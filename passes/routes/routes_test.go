package routes_test

import (
	"maps"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/passes/routes"
)

// TestRoutes runs routes over its fixtures in one load (parsing and
// type-checking the standard library is most of a run's cost) and checks
// their // want comments, among them the router facts of functions that
// return or fill a router for another package (routes/flags,
// routes/catalog). Then it checks the routes of package routes, their
// paths and exposure, directly.
func TestRoutes(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), routes.Analyzer, "routes", "routes/flags", "routes/catalog")
	var res *routes.Result
	for _, r := range results {
		if r.Pass.Pkg.Path() == "routes" {
			res = r.Result.(*routes.Result)
		}
	}
	if res == nil {
		t.Fatal("no result for package routes")
	}
	got := map[string]bool{}
	for _, r := range res.Routes {
		for _, p := range r.Paths {
			got[p.Path] = p.Internal
		}
	}
	// Every path of the package's routes, and no other: "" is a path that
	// is not a constant.
	want := map[string]bool{
		"/items/{id}": false, "/host": false, "/conv": false, "/method": false, "/api/": false,
		"/timeout": false, "/lit": false, "/ctor": false, "/mw": false, "/indirect": false, "/default": false,
		"/internal/limited": false, // internal by configuration, which the root analyzer applies
		"/debug/limited":    false,
		"/ops/limited":      true, "/handler-marked": true, "/admin/limited": true,
		"/internal/pub/x": false,
		"/shop/limited":   false, // mounted without StripPrefix: the sub-mux sees the full path
		"/limits":         true,  // adminRoutes' router parameter is marked internal
		"":                false,
	}
	if !maps.Equal(got, want) {
		t.Errorf("routes (path: internal):\n got %v\nwant %v", got, want)
	}
	if len(res.Public) != 1 || res.Public[0].Obj.Name() != "Exported" {
		t.Errorf("Public = %v, want [Exported]", res.Public)
	}
}
