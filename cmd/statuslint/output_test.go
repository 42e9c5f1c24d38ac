package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// outputModule has findings in two packages, reported in an order that is
// not the order of their positions (the analysis reports a package's
// directive problems first), lifecycle findings with their related
// positions in the same file, and a route whose code is sent in another
// package (reported where the router is mounted, not in api).
var outputModule = map[string]string{
	"api/api.go": `package api

import "net/http"

//statuslint:code 460 "Rate Limited"

// Router serves /limited, which sends 460.
func Router() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/limited", limited)
	return mux
}

func limited(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "1")
	w.WriteHeader(460)
}
`,
	"main.go": `package main

import (
	"net/http"

	"example.test/m/api"
)

func main() {
	mux := http.NewServeMux()
	mux.Handle("/api/", http.StripPrefix("/api", api.Router()))
	mux.HandleFunc("/twice", twice)
	_ = http.ListenAndServe(":8080", mux)
}

func twice(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(700)
	http.Error(w, "no", 400)
	w.WriteHeader(500)
}

// statuslint:code 474 "Unknown"
`,
}

// TestTextOutput checks the text format: diagnostics sorted by file, line
// and column, each as "file:line:col: message (category)" and followed by
// its related positions, which name a file that one can open (the route's
// code sent in another package: at the code, in api/api.go, not at the
// function or under an import path). The order and the format are made by
// the command from the engine's JSON, the same for both engines (which
// TestCachedMatchesStandalone compares), so one engine runs here.
func TestTextOutput(t *testing.T) {
	t.Parallel()
	bin := build(t)
	dir := module(t, clone(outputModule))
	_, stderr, code := run(t, dir, bin, "-standalone", "./...")
	if code != 3 {
		t.Fatalf("exit status %d, want 3\n%s", code, stderr)
	}
	main, api := filepath.Join(dir, "main.go"), filepath.Join(dir, "api", "api.go")
	want := []string{
		main + `:11:2: public route "/api/limited" sends custom status code 460 through api.Router, but its registration names no standard fallback (fallback)`,
		api + ":16:16: \tapi.Router sends 460 here",
		main + ":17:16: status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599: net/http sends it as is, but it is not an HTTP status code and clients reject it (range)",
		main + ":18:2: http.Error sets status 400 after http.ResponseWriter.WriteHeader committed the response: ",
		main + ":17:2: \tresponse committed here by http.ResponseWriter.WriteHeader",
		main + ":19:2: http.ResponseWriter.WriteHeader sets status 500 after http.Error committed the response: ",
		main + ":18:2: \tresponse committed here by http.Error",
		main + ":22:1: this comment is not a directive, so it registers nothing: write //statuslint:code, with no space after // (directive)",
	}
	lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), len(want), stderr)
	}
	for i, line := range lines {
		if !strings.HasPrefix(line, want[i]) {
			t.Errorf("line %d:\n%s\nwant it to start with\n%s", i+1, line, want[i])
		}
	}
	for _, line := range lines {
		if strings.Contains(line, "example.test/m/") {
			t.Errorf("a position under an import path: %s", line)
		}
	}
}

// TestNoPackagesOutput checks the one line that each engine prints, with
// exit status 1, for a module without packages and for a directory outside
// any module (without the "-: " that the standalone engine puts before an
// error that has no position). The engines differ here, so both run.
func TestNoPackagesOutput(t *testing.T) {
	t.Parallel()
	bin := build(t)
	empty := module(t, map[string]string{})
	outside := t.TempDir()
	write(t, outside, map[string]string{"x.go": "package x\n"})
	for _, tc := range []struct {
		dir, want string
	}{
		{empty, "statuslint: ./... matched no packages\n"},
		{outside, "pattern ./...: directory prefix . does not contain main module or its selected dependencies\n"},
	} {
		for _, e := range engines {
			stdout, stderr, code := runEnv(t, tc.dir, []string{"GOWORK=off", "GO111MODULE=on"}, bin, with(e.flags, "./...")...)
			if code != 1 || stderr != tc.want || stdout != "" {
				t.Errorf("%s in %s: exit %d, stdout %q, stderr %q; want exit 1 and %q", e.name, tc.dir, code, stdout, stderr, tc.want)
			}
		}
	}
}

// TestVersion checks that -version prints one line that names the
// command and succeeds without packages.
func TestVersion(t *testing.T) {
	t.Parallel()
	bin := build(t)
	stdout, stderr, code := run(t, t.TempDir(), bin, "-version")
	if code != 0 || stderr != "" || !strings.HasPrefix(stdout, "statuslint ") || !strings.Contains(stdout, " (go1.") || strings.Count(stdout, "\n") != 1 {
		t.Errorf("-version: exit %d, stdout %q, stderr %q; want exit 0 and one line \"statuslint VERSION (GOVERSION)\"", code, stdout, stderr)
	}
}

// TestREADMEDemoOutput checks that the README shows what the command
// prints on the demo service today (the output block after "The demo
// prints", with the repository's directory shortened to "…"). The run is
// TestCachedMatchesStandalone's standalone run of the demo, shared.
func TestREADMEDemoOutput(t *testing.T) {
	t.Parallel()
	bin := build(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(readme), "The demo prints")
	_, block, ok2 := strings.Cut(after, "```\n")
	block, _, ok3 := strings.Cut(block, "```\n")
	if !ok || !ok2 || !ok3 {
		t.Fatal("README.md has no output block after \"The demo prints\"")
	}
	_, stderr, code := runShared(t, filepath.Join(root, "examples", "demo"), nil, bin, "-standalone", "./...")
	if code != 3 {
		t.Fatalf("statuslint on the demo: exit status %d, want 3\n%s", code, stderr)
	}
	if got := strings.ReplaceAll(stderr, root+string(filepath.Separator), "…/"); got != block {
		t.Errorf("the README's demo output is not what statuslint prints; it prints:\n%s", got)
	}
}
