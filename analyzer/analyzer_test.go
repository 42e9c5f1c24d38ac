package analyzer_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzer"
)

var testdata, _ = filepath.Abs(filepath.Join("..", "testdata"))

// codeFixtures are the packages of testdata/src that the code checks run
// on, with what each covers. TestCodeChecks loads them in one run: the
// standard library and the framework stubs they import are parsed and
// type-checked once instead of once per fixture, which is most of a run's
// cost. A package's diagnostics and facts depend only on the package and
// its dependencies, so which packages are analyzed beside it changes
// nothing.
var codeFixtures = []string{
	// Directives: syntax, values, test files.
	"directives",
	// Registrations imported through packages that import each other.
	"registry/user",
	// net/http's status APIs, and a generated file, which gets no
	// diagnostics.
	"nethttp", "generated",
	// Tests that write invalid codes, for the panic some of them assert.
	"panics",
	// Routes and their exposure.
	"routes",
	// Handlers of another package, registered by this one.
	"sends/server",
	// Codes sent through helpers that hide them.
	"hidden/respond", "hidden/app",
	// Routers as values in one package, and routers that other packages
	// build and this one mounts or serves: exposure is decided at the
	// root.
	"routes/tree", "routes/app", "routes/flags", "routes/catalog", "routes/wrapped",
	// The undocumented category: go-swagger and huma documentation, codes
	// sent through helpers of the package and of another package (facts);
	// swag, whose fix has golden files, is in TestCodeFixes.
	"undocumented/goswagger", "undocumented/respond", "undocumented/app", "undocumented/huma", "undocumented/echoerr",
	// The stubbed gin, echo v4 and v5, chi with go-chi/render, gorilla/mux
	// with gorilla/handlers, httprouter, fiber v2 and v3, fasthttp, hertz,
	// huma, go-zero, kratos and grpc-gateway.
	"fw/gin", "fw/echov4", "fw/echov5", "fw/chi", "fw/gorilla", "fw/httprouter",
	"fw/fiber", "fw/fiberv3", "fw/fasthttp", "fw/hertz", "fw/huma",
	"fw/gozero", "fw/kratos", "fw/grpcgateway",
	// huma.NewError and NewErrorWithContext, package-level variables of
	// func type: typeutil.Callee returns a *types.Var for them, looked up
	// as "path.Name".
	"fw/humavars",
	// A value a guard excludes is not sent: optional status parameters
	// (if code != 0, if code > 0, early returns), mappers that replace or
	// pass through their parameter, the caller's test of a mapper's
	// result, in one package and across packages.
	"guards/respond", "guards/app",
	// Value shapes beyond variables and mappers: status tables, statuses
	// returned by methods (through the concrete type and through an
	// interface), getters of status fields, unkeyed literals.
	"shapes/errs", "shapes/app", "shapes/api",
}

// fixFixtures are the packages whose fixes TestCodeFixes checks against
// golden files.
var fixFixtures = []string{
	// A bit of everything.
	"seed",
	// Where registrations go: in the doc comment of the constant that
	// holds a well-known code, at the constant's own indentation (a code
	// with no well-known description gets no fix); the fallback fix uses
	// the file's name for net/http.
	"fixes",
	// The swag fix: the documentation of the codes a handler sends.
	"undocumented/swag",
}

// TestCodeChecks runs statuslint over every fixture of codeFixtures and
// checks each diagnostic against the // want comments and the contract of
// diagnostics. Its analyzers run sealed (factcontract_test.go), so the run
// also proves that they read and write facts only while they run.
func TestCodeChecks(t *testing.T) {
	t.Parallel()
	results := analysistest.Run(t, testdata, sealed(t, codeChecks, map[*analysis.Analyzer]*analysis.Analyzer{}), codeFixtures...)
	checkContract(t, results)
}

// TestCodeFixes runs statuslint over the fixtures of fixFixtures and
// checks their diagnostics, their fixes against golden files, the edits of
// every fix before gofmt (checkFixEdits) and the contract of diagnostics.
func TestCodeFixes(t *testing.T) {
	t.Parallel()
	results := analysistest.RunWithSuggestedFixes(t, testdata, codeChecks, fixFixtures...)
	checkContract(t, results)
	checkFixEdits(t, results)
}

// checkContract checks what every diagnostic carries: a known category, a
// link to its README section, an end, a message that is lower case (unless
// it starts with the name of a declaration of the package, such as the
// handler of an undocumented finding, which keeps its case) with no
// trailing period, and fixes with a title.
func checkContract(t *testing.T, results []*analysistest.Result) {
	t.Helper()
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
			if first := d.Message[:1]; (first != strings.ToLower(first) && !declared(r, d.Message)) || strings.HasSuffix(d.Message, ".") {
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

// declared reports whether msg starts with the name of a declaration of
// r's package, or with a method of one (Type.Method).
func declared(r *analysistest.Result, msg string) bool {
	word, _, _ := strings.Cut(msg, " ")
	name, _, _ := strings.Cut(word, ".")
	return r.Pass.Pkg.Scope().Lookup(name) != nil
}

// TestMapperModule checks a mapper in a package that imports no HTTP API,
// in module mode, where the package gets a fact all the same.
func TestMapperModule(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, filepath.Join(testdata, "mappers"), codeChecks, "./...")
}
