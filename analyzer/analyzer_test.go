package analyzer_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzer"
)

var testdata, _ = filepath.Abs(filepath.Join("..", "testdata"))

func TestSeed(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, codeChecks, "seed")
}

// TestDiagnosticContract checks what every diagnostic carries: a known
// category, a link to its README section, an end, a message that is
// lower case with no trailing period, and fixes with a title.
func TestDiagnosticContract(t *testing.T) {
	results := analysistest.Run(t, testdata, codeChecks, "seed", "directives", "nethttp", "routes", "fixes")
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			if !slices.Contains(analyzer.Categories, d.Category) {
				t.Errorf("%q: category %q", d.Message, d.Category)
			}
			if d.URL != analyzer.RepoURL+"#"+d.Category {
				t.Errorf("%q: URL %q", d.Message, d.URL)
			}
			if !d.End.IsValid() || d.End <= d.Pos {
				t.Errorf("%q: no end", d.Message)
			}
			if first := d.Message[:1]; first != strings.ToLower(first) || strings.HasSuffix(d.Message, ".") {
				t.Errorf("%q: not a lower-case message without a trailing period", d.Message)
			}
			for _, f := range d.SuggestedFixes {
				if f.Message == "" || len(f.TextEdits) == 0 {
					t.Errorf("%q: fix without a title or edits", d.Message)
				}
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d diagnostics checked", n)
	}
}

func TestRegistry(t *testing.T) {
	analysistest.Run(t, testdata, codeChecks, "registry/user", "directives")
}

func TestNetHTTP(t *testing.T) {
	analysistest.Run(t, testdata, codeChecks, "nethttp", "generated")
}

func TestRoutes(t *testing.T) {
	analysistest.Run(t, testdata, codeChecks, "routes")
}

func TestCrossPackageHandlers(t *testing.T) {
	analysistest.Run(t, testdata, codeChecks, "sends/server")
}

func TestHidden(t *testing.T) {
	analysistest.Run(t, testdata, codeChecks, "hidden/respond", "hidden/app")
}

// TestMapperModule checks a mapper in a package that imports no HTTP API,
// in module mode, where the package gets a fact all the same.
func TestMapperModule(t *testing.T) {
	analysistest.Run(t, filepath.Join(testdata, "mappers"), codeChecks, "./...")
}

// TestRegisterFixes checks where registrations go, in the doc comment of
// the constant that holds a well-known code, at the constant's own
// indentation (a code with no well-known description gets no fix), and
// that the fallback fix uses the file's name for net/http.
func TestRegisterFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, codeChecks, "fixes")
}

// TestRouteTree covers routers as values in one package, and routers that
// other packages build and this one mounts or serves: exposure is decided
// at the root.
func TestRouteTree(t *testing.T) {
	analysistest.Run(t, testdata, codeChecks, "routes/tree", "routes/app", "routes/flags", "routes/catalog", "routes/wrapped")
}

// TestUndocumented checks the undocumented category: swag and go-swagger
// documentation, codes sent through helpers of the package and of another
// package (facts), and the swag fix against golden files.
func TestUndocumented(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata, codeChecks, "undocumented/swag")
	analysistest.Run(t, testdata, codeChecks, "undocumented/goswagger", "undocumented/respond", "undocumented/app", "undocumented/huma", "undocumented/echoerr")
}
