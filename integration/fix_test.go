package integration_test

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestCommandFix runs statuslint -fix on a copy of testdata/gcl, with the
// codes of its .golangci.yml as flags: the fixes applied change nothing a
// handler sends (520 gets a registration, the directive of 462 gets
// fallback=400, 499, registered by a flag, stays as it is), and the test
// file, whose 520 stub needs no registration, is not touched.
func TestCommandFix(t *testing.T) {
	t.Parallel()
	bin := buildStatuslint(t)
	checkServiceFix(t, func(dir string) {
		cmd := exec.Command(bin, "-fix",
			`-code=499 "Client Closed Request"`, `-code=460 "Load Balancer Closed Connection" fallback=400`, "-internal=/admin/", "./...")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "CI=1") // no go vet left filling the cache in the background
		out, _ := cmd.CombinedOutput()         // the exit status is the command's tests' business
		t.Logf("statuslint -fix:\n%s", out)
	})
}

// TestVetTestFiles runs go vet -vettool=statuslint on testdata/gcl, whose
// test file stubs an upstream that sends 520 and registers a route: go vet
// analyses test files, and they get no diagnostic, while svc.go gets its
// own.
func TestVetTestFiles(t *testing.T) {
	t.Parallel()
	bin := buildStatuslint(t)
	dir, err := filepath.Abs("testdata/gcl")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "vet", "-vettool="+bin, `-code=499 "Client Closed Request"`, "./...")
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput() // go vet exits 1 for the findings in svc.go
	diags := parseDiags(dir, string(out))
	inSvc := 0
	for _, d := range diags {
		switch d.File {
		case "svc/svc.go":
			inSvc++
		default:
			t.Errorf("diagnostic outside svc.go: %s", d)
		}
	}
	if inSvc == 0 {
		t.Errorf("go vet reported nothing in svc.go:\n%s", out)
	}
}

// fixKeep is a module where -fix has something of each kind to do: api
// sends nginx's 499 unregistered (the fix registers its description) and
// 470, registered without a fallback there, on a route of main (no fix:
// the registration is in another package); main registers 460 without a
// fallback and sends it on a public route (the fix adds fallback=400).
var fixKeep = map[string]string{
	"go.mod": "module example.test/fixkeep\n\ngo 1.26\n",
	"api/api.go": `package api

import "net/http"

//statuslint:code 470 "Quota Exceeded"

// Closed sends 499, which is not registered.
func Closed(w http.ResponseWriter, r *http.Request) { w.WriteHeader(499) }

// Limited sends 470.
func Limited(w http.ResponseWriter, r *http.Request) { w.WriteHeader(470) }
`,
	"main.go": `package main

import (
	"net/http"

	"example.test/fixkeep/api"
)

//statuslint:code 460 "Rate Limited"

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/closed", api.Closed)
	mux.HandleFunc("/limited", api.Limited)
	mux.HandleFunc("/slow", slow)
	_ = http.ListenAndServe(":8080", mux)
}

func slow(w http.ResponseWriter, r *http.Request) { w.WriteHeader(460) }
`,
}

// jsonFinding is a diagnostic of statuslint -json, without its position
// (fixes insert lines).
type jsonFinding struct {
	File, Category, Message string
	Fixed                   bool
}

// findings runs statuslint -standalone -json in dir.
func findings(t *testing.T, bin, dir string) []jsonFinding {
	t.Helper()
	cmd := exec.Command(bin, "-standalone", "-json", "./...")
	cmd.Dir = dir
	out, err := cmd.Output()
	if ee := (*exec.ExitError)(nil); err != nil && (!errors.As(err, &ee) || ee.ExitCode() != 3) {
		t.Fatalf("statuslint -json: %v\n%s", err, out)
	}
	var tree map[string]map[string][]struct {
		Posn, Category, Message string
		Fixes                   []json.RawMessage `json:"suggested_fixes"`
	}
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("statuslint -json: %v\n%s", err, out)
	}
	var all []jsonFinding
	for _, byAnalyzer := range tree {
		for _, d := range byAnalyzer["statuslint"] {
			file, _, _ := strings.Cut(d.Posn, ".go:")
			rel, _ := filepath.Rel(dir, file+".go")
			all = append(all, jsonFinding{filepath.ToSlash(rel), d.Category, d.Message, len(d.Fixes) > 0})
		}
	}
	return all
}

// TestFixKeepsFindings runs statuslint -fix on fixKeep and compares the
// findings before and after: a description fix registers the description
// and no fallback (that is the team's decision, which the fallback
// finding then asks for); every finding that had no fix is still there;
// no conflict appears; the only new findings are the fallback findings of
// the codes that the fixes registered.
func TestFixKeepsFindings(t *testing.T) {
	t.Parallel()
	bin := buildStatuslint(t)
	dir := t.TempDir()
	for name, src := range fixKeep {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	before := findings(t, bin, dir)
	cmd := exec.Command(bin, "-standalone", "-fix", "./...")
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput() // exit status 3: the fallback findings left
	t.Logf("statuslint -fix:\n%s", out)
	after := findings(t, bin, dir)

	api, err := os.ReadFile(filepath.Join(dir, "api", "api.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(api), "//statuslint:code 499 \"Client Closed Request\"\nfunc Closed(") {
		t.Errorf("the description fix did not register 499 above Closed:\n%s", api)
	}
	if strings.Count(string(api), "fallback=") != 0 {
		t.Errorf("the description fix wrote a fallback:\n%s", api)
	}
	for _, f := range before {
		if !f.Fixed && !slices.Contains(after, f) {
			t.Errorf("finding without a fix vanished after -fix: %+v", f)
		}
	}
	for _, f := range after {
		switch {
		case strings.Contains(f.Message, "conflicts with"):
			t.Errorf("conflict after -fix: %+v", f)
		case slices.Contains(before, f):
		case f.Category == "fallback" && strings.Contains(f.Message, "custom status code 499"):
			// 499 is registered now, and /closed is public: which
			// standard code clients should take it for is asked now.
		default:
			t.Errorf("new finding after -fix: %+v", f)
		}
	}
	if len(before) != 3 || len(after) != 2 {
		t.Errorf("%d findings before -fix, %d after; want 3 (499 description, 470 and 460 fallback) and 2 (470 and 499 fallback)\nbefore: %+v\nafter: %+v",
			len(before), len(after), before, after)
	}
}
