package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/testmod"
)

// lifecycleAnalyzer is statuslint with every category on (codeChecks has
// the path checks off for the other fixtures).
func lifecycleAnalyzer(t *testing.T) *analysis.Analyzer {
	a, err := analyzer.New(analyzer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestLifecycle runs the lifecycle checks, in one load, on net/http
// handlers (trailers, writers adapted to other APIs), on helpers that
// commit the response, and on the stubbed gin, echo, fasthttp and hertz.
func TestLifecycle(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata, lifecycleAnalyzer(t),
		"lifecycle/nethttp", "lifecycle/trailers", "lifecycle/adapted",
		"lifecycle/app",
		"lifecycle/gin", "lifecycle/echo", "lifecycle/fast")
}

// TestLifecycleRealFrameworks runs the lifecycle checks on handlers written
// against the real frameworks (testdata/frameworks/testdata/lifecycle).
func TestLifecycleRealFrameworks(t *testing.T) {
	t.Parallel()
	testmod.Download(t, realFrameworks)
	analysistest.Run(t, realFrameworks, lifecycleAnalyzer(t),
		"./testdata/lifecycle/gin", "./testdata/lifecycle/echo", "./testdata/lifecycle/echov5", "./testdata/lifecycle/nethttp",
		"./testdata/lifecycle/fiber", "./testdata/lifecycle/fiberv3", "./testdata/lifecycle/fasthttp", "./testdata/lifecycle/hertz",
		"./testdata/lifecycle/chirender", "./testdata/lifecycle/gozero", "./testdata/lifecycle/kratos", "./testdata/lifecycle/huma")
}
