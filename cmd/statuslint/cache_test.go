package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/testmod"
)

// relatedRE matches a related-information line: "file:line:col: \tmessage".
var relatedRE = regexp.MustCompile(`^(.*\.go:\d+):\d+: \t`)

// normalize returns the lines of a text output, sorted, with the column
// of related-information lines dropped: a related position that comes
// from another package's object (the routes pass's "code sent from here")
// keeps its line but not its column under go vet, whose export data
// records object positions by line.
func normalize(out string) []string {
	var lines []string
	for line := range strings.Lines(out) {
		line = strings.TrimRight(line, "\n")
		if m := relatedRE.FindStringSubmatch(line); m != nil {
			line = m[1] + line[len(m[0])-len(": \t"):]
		}
		lines = append(lines, line)
	}
	slices.Sort(lines)
	return lines
}

// jsonDiags returns the diagnostics of a -json output, each once, as
// comparable strings, related positions normalized as by normalize.
func jsonDiags(t *testing.T, out string) []string {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out)
	}
	var all []string
	for _, byAnalyzer := range tree {
		var diags []map[string]any
		if msg := byAnalyzer["statuslint"]; msg[0] == '{' {
			all = append(all, "error: "+string(msg))
			continue
		} else if err := json.Unmarshal(msg, &diags); err != nil {
			t.Fatalf("bad diagnostics: %v", err)
		}
		for _, d := range diags {
			if rel, ok := d["related"].([]any); ok {
				for _, r := range rel {
					r := r.(map[string]any)
					r["posn"] = relatedRE.ReplaceAllString(r["posn"].(string)+": \t", "$1")
					delete(r, "end")
				}
			}
			data, _ := json.Marshal(d)
			if !slices.Contains(all, string(data)) {
				all = append(all, string(data))
			}
		}
	}
	slices.Sort(all)
	return all
}

// TestCachedMatchesStandalone runs both engines on the project's test data
// (the analysistest tree under testdata/src in GOPATH mode, the demo
// service and the go vet fixture) and compares what they print, in text
// and in JSON, and their exit statuses.
func TestCachedMatchesStandalone(t *testing.T) {
	bin := build(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		dir string
		env []string
	}{
		{filepath.Join(root, "testdata", "src"), []string{"GO111MODULE=off", "GOPATH=" + filepath.Join(root, "testdata"), "GOFLAGS="}},
		{filepath.Join(root, "examples", "demo"), nil},
		{filepath.Join(root, "integration", "testdata", "vet"), nil},
	} {
		var text, js [2]string
		var codes [2]int
		for i, e := range engines {
			_, text[i], codes[i] = runEnv(t, tc.dir, tc.env, bin, with(e.flags, "./...")...)
			js[i], _, _ = runEnv(t, tc.dir, tc.env, bin, with(e.flags, "-json", "./...")...)
		}
		name, _ := filepath.Rel(root, tc.dir)
		if codes[0] != codes[1] || codes[0] == 0 {
			t.Errorf("%s: exit status %d cached, %d standalone; want the same, not 0", name, codes[0], codes[1])
		}
		cached, standalone := normalize(text[0]), normalize(text[1])
		if len(cached) < 3 {
			t.Errorf("%s: only %d lines:\n%s", name, len(cached), text[0])
		}
		if !slices.Equal(cached, standalone) {
			t.Errorf("%s: the text outputs differ\ncached:\n%s\nstandalone:\n%s", name, strings.Join(cached, "\n"), strings.Join(standalone, "\n"))
		}
		if c, s := jsonDiags(t, js[0]), jsonDiags(t, js[1]); !slices.Equal(c, s) {
			t.Errorf("%s: the JSON diagnostics differ\ncached:\n%s\nstandalone:\n%s", name, strings.Join(c, "\n"), strings.Join(s, "\n"))
		}
	}
}

// toolRunRE matches the go command's -x line for a run of the vet tool on
// a package (not the -V=full and -flags queries).
var toolRunRE = regexp.MustCompile(`(?m)^.*statuslint\S* .*\$WORK/(b\d+)/vet\.cfg$`)

// vetRuns runs the go vet command that statuslint runs, with -x, and
// returns the import paths of the packages (of module example.test/m) that
// the tool analyzed rather than read from the cache.
func vetRuns(t *testing.T, dir, bin string) []string {
	t.Helper()
	testmod.Download(t, dir)
	cmd := exec.Command("go", "vet", "-x", "-vettool="+bin, "-json", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
	out, _ := cmd.CombinedOutput()
	// Each tool run follows the cat of its vet.cfg, which names the
	// package: "ImportPath": "example.test/m/api".
	var pkgs []string
	cfgs := regexp.MustCompile(`(?s)cat >\S*/(b\d+)/vet\.cfg << 'EOF' # internal\n(.*?)\nEOF`).FindAllStringSubmatch(string(out), -1)
	importPath := regexp.MustCompile(`"ImportPath": "([^"]*)"`)
	vetxOnly := regexp.MustCompile(`"VetxOnly": true`)
	for _, run := range toolRunRE.FindAllStringSubmatch(string(out), -1) {
		for _, cfg := range cfgs {
			if cfg[1] != run[1] {
				continue
			}
			if m := importPath.FindStringSubmatch(cfg[2]); len(m) == 2 && strings.HasPrefix(m[1], "example.test/m/") {
				p := m[1]
				if vetxOnly.MatchString(cfg[2]) {
					p += " (facts)"
				}
				if !slices.Contains(pkgs, p) {
					pkgs = append(pkgs, p)
				}
			}
		}
	}
	slices.Sort(pkgs)
	return pkgs
}

const (
	codesGo = `package codes

//statuslint:code 499 "Client Closed Request" fallback=400

// Name names the service.
func Name() string { return "a" }
`
	apiGo = `package api

import (
	"net/http"

	"example.test/m/codes"
)

var _ = codes.Name

func Closed(w http.ResponseWriter, r *http.Request) { http.Error(w, "closed", 499) }

func Limited(w http.ResponseWriter, r *http.Request) { http.Error(w, "limited", 460) }
`
	leafGo = `package leaf

import "net/http"

func OK(w http.ResponseWriter, r *http.Request) { w.WriteHeader(200) }
`
)

// TestInvalidation checks that the cached path gives what a fresh analysis
// gives after each kind of change (a file, a flag, a registration in an
// imported package, the statuslint binary), and that it re-analyzes only
// what changed.
func TestInvalidation(t *testing.T) {
	bin := build(t)
	dir := module(t, map[string]string{"codes/codes.go": codesGo, "api/api.go": apiGo, "leaf/leaf.go": leafGo})
	desc460 := filepath.Join(dir, "api", "api.go") + ":13:81: custom status code 460 passed to http.Error has no registered description"
	desc499 := filepath.Join(dir, "api", "api.go") + ":11:79: custom status code 499 passed to http.Error has no registered description"
	range700 := filepath.Join(dir, "leaf", "leaf.go") + ":5:65: status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599"

	// step runs statuslint with flags through the cache and standalone and
	// checks that both find exactly want (prefixes of lines).
	step := func(what string, flags []string, want ...string) {
		t.Helper()
		for _, e := range engines {
			_, stderr, code := run(t, dir, bin, with(e.flags, append(slices.Clone(flags), "./...")...)...)
			lines := strings.Split(strings.TrimSpace(stderr), "\n")
			if stderr == "" {
				lines = nil
			}
			ok := len(lines) == len(want)
			for i := range want {
				ok = ok && strings.HasPrefix(lines[i], want[i])
			}
			wantCode := 0
			if len(want) > 0 {
				wantCode = 3
			}
			if !ok || code != wantCode {
				t.Errorf("%s, %s: exit %d, stderr:\n%s\nwant exit %d and:\n%s", what, e.name, code, stderr, wantCode, strings.Join(want, "\n"))
			}
		}
	}

	step("first run", nil, desc460)
	if runs := vetRuns(t, dir, bin); len(runs) != 0 {
		t.Errorf("repeated run on unchanged code analyzed %q, want nothing", runs)
	}

	// A changed file: only its package is analyzed again.
	write(t, dir, map[string]string{"leaf/leaf.go": strings.Replace(leafGo, "200", "700", 1)})
	if runs := vetRuns(t, dir, bin); !slices.Equal(runs, []string{"example.test/m/leaf"}) {
		t.Errorf("after an edit in leaf, analyzed %q, want leaf only", runs)
	}
	step("edited leaf", nil, desc460, range700)

	// A change in codes that changes neither its compiled export data nor
	// its facts (a doc comment, the same length): codes is analyzed again,
	// api, which imports it, is not, because codes' facts come out
	// byte-identical. (The go command also keys api on codes' compiled
	// export data, which holds the bodies of inlinable functions, so an
	// edit in such a body analyzes api again whatever the facts.)
	write(t, dir, map[string]string{"codes/codes.go": strings.Replace(codesGo, "names the service", "names the servicf", 1)})
	if runs := vetRuns(t, dir, bin); !slices.Equal(runs, []string{"example.test/m/codes"}) {
		t.Errorf("after a comment edit in codes, analyzed %q, want codes only", runs)
	}

	// Flags.
	step("-disable range", []string{"-disable", "range"}, desc460)
	step("-code 460", []string{"-code", `460 "Rate Limited" fallback=429`}, range700)
	step("flags back", nil, desc460, range700)

	// A registration removed from an imported package: api's 499 is
	// reported; put back, it is not.
	write(t, dir, map[string]string{"codes/codes.go": strings.Replace(codesGo, "//statuslint:code 499", "// code 499 (registration removed)", 1)})
	if runs := vetRuns(t, dir, bin); !slices.Equal(runs, []string{"example.test/m/api", "example.test/m/codes"}) {
		t.Errorf("after a registration change in codes, analyzed %q, want api and codes", runs)
	}
	step("registration removed", nil, desc499, desc460, range700)
	write(t, dir, map[string]string{"codes/codes.go": codesGo})
	step("registration back", nil, desc460, range700)

	// A new binary: the go command keys the tool by the hash of its
	// content that -V=full prints, so a binary that differs by one byte
	// analyzes everything again, and an identical copy reuses the cache.
	data, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	copyBin := filepath.Join(t.TempDir(), "statuslint")
	changedBin := filepath.Join(t.TempDir(), "statuslint")
	if err := os.WriteFile(copyBin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(changedBin, append(data, '\n'), 0o755); err != nil {
		t.Fatal(err)
	}
	version := func(bin string) string {
		out, err := exec.Command(bin, "-V=full").Output()
		if err != nil {
			t.Fatal(err)
		}
		_, id, _ := strings.Cut(string(out), "buildID=")
		return strings.TrimSpace(id)
	}
	if v, c, n := version(bin), version(copyBin), version(changedBin); v != c || v == n || len(v) != 64 {
		t.Errorf("-V=full build IDs: %q, copy %q, changed %q; want a sha256, the same for the copy, another for the changed binary", v, c, n)
	}
	if runs := vetRuns(t, dir, copyBin); len(runs) != 0 {
		t.Errorf("an identical binary analyzed %q, want nothing", runs)
	}
	want := []string{"example.test/m/api", "example.test/m/codes", "example.test/m/leaf"}
	if runs := vetRuns(t, dir, changedBin); !slices.Equal(runs, want) {
		t.Errorf("a changed binary analyzed %q, want %q", runs, want)
	}
}
