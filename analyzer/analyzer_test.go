package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
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
	runFactsAside(t, "hidden/respond", "hidden/app")
}

// runFactsAside runs statuslint on pkgs and checks their diagnostics,
// setting aside their fact expectations, which belong to the passes' own
// tests; it checks that exactly those were set aside.
func runFactsAside(t *testing.T, pkgs ...string) {
	t.Helper()
	ft := &factsElsewhere{t: t}
	analysistest.Run(ft, testdata, codeChecks, pkgs...)
	want := factWants(t, pkgs...)
	slices.Sort(ft.setAside)
	if !slices.Equal(ft.setAside, want) {
		t.Errorf("fact expectations set aside: %q\nwant those of the packages' files: %q", ft.setAside, want)
	}
}

// factsElsewhere passes every failure on to t, except the fact
// expectations of the test packages (// want Name:"fact"), which belong to
// a pass whose own tests check them: statuslint exports no facts, so
// analysistest reports each of them as missing here. It records the
// file:line of each one it sets aside, for the test to check that they are
// exactly the packages' fact expectations.
type factsElsewhere struct {
	t        *testing.T
	setAside []string
}

var missingFact = regexp.MustCompile(`^(\S+\.go:\d+): no fact was reported matching `)

func (f *factsElsewhere) Errorf(format string, args ...any) {
	f.t.Helper()
	msg := fmt.Sprintf(format, args...)
	if m := missingFact.FindStringSubmatch(msg); m != nil {
		f.setAside = append(f.setAside, m[1])
		return
	}
	f.t.Error(msg)
}

// factWantRE matches a fact expectation in a // want comment: Name:"…" or
// Name:`…` (a diagnostic's expectation is a bare "…" or `…`).
var factWantRE = regexp.MustCompile("(?:^|\\s)\\w+:[\"`]")

// factWants returns, sorted, the file:line of each fact expectation in the
// files of pkgs (one per expectation), as analysistest names them.
func factWants(t *testing.T, pkgs ...string) []string {
	t.Helper()
	var wants []string
	for _, pkg := range pkgs {
		dir := filepath.Join(testdata, "src", pkg)
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no Go files in %s: %v", dir, err)
		}
		for _, file := range files {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			for i, line := range strings.Split(string(src), "\n") {
				_, expectations, ok := strings.Cut(line, "// want ")
				for range factWantRE.FindAllString(" "+expectations, -1) {
					if ok {
						wants = append(wants, fmt.Sprintf("%s/%s:%d", pkg, filepath.Base(file), i+1))
					}
				}
			}
		}
	}
	slices.Sort(wants)
	return wants
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
	runFactsAside(t, "routes/tree", "routes/app", "routes/flags", "routes/catalog")
}
