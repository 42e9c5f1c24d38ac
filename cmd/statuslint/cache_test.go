package main_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

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
	t.Parallel()
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
		name, _ := filepath.Rel(root, tc.dir)
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			matches(t, bin, tc.dir, tc.env)
		})
	}
}

// matches runs both engines in dir, in text and in JSON, and compares
// their outputs and exit statuses. The runs are shared with other tests
// that ask for the same (TestREADMEDemoOutput).
func matches(t *testing.T, bin, dir string, env []string) {
	var text, js [2]string
	var codes [2]int
	for i, e := range engines {
		_, text[i], codes[i] = runShared(t, dir, env, bin, with(e.flags, "./...")...)
		js[i], _, _ = runShared(t, dir, env, bin, with(e.flags, "-json", "./...")...)
	}
	if codes[0] != codes[1] || codes[0] == 0 {
		t.Errorf("exit status %d cached, %d standalone; want the same, not 0", codes[0], codes[1])
	}
	cached, standalone := normalize(text[0]), normalize(text[1])
	if len(cached) < 3 {
		t.Errorf("only %d lines:\n%s", len(cached), text[0])
	}
	if !slices.Equal(cached, standalone) {
		t.Errorf("the text outputs differ\ncached:\n%s\nstandalone:\n%s", strings.Join(cached, "\n"), strings.Join(standalone, "\n"))
	}
	if c, s := jsonDiags(t, js[0]), jsonDiags(t, js[1]); !slices.Equal(c, s) {
		t.Errorf("the JSON diagnostics differ\ncached:\n%s\nstandalone:\n%s", strings.Join(c, "\n"), strings.Join(s, "\n"))
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
// what changed. What a fresh analysis gives is the list each step wants;
// the standalone engine, which has no cache, confirms it at the first step
// and after the change that crosses packages.
func TestInvalidation(t *testing.T) {
	t.Parallel()
	bin := build(t)
	dir := module(t, map[string]string{"codes/codes.go": codesGo, "api/api.go": apiGo, "leaf/leaf.go": leafGo})
	desc460 := filepath.Join(dir, "api", "api.go") + ":13:81: custom status code 460 passed to http.Error has no registered description"
	desc499 := filepath.Join(dir, "api", "api.go") + ":11:79: custom status code 499 passed to http.Error has no registered description"
	range700 := filepath.Join(dir, "leaf", "leaf.go") + ":5:65: status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599"

	// step runs statuslint with flags through the cache (and standalone,
	// if fresh) and checks that each finds exactly want (prefixes of
	// lines).
	step := func(what string, fresh bool, flags []string, want ...string) {
		t.Helper()
		for _, e := range engines {
			if e.name == "standalone" && !fresh {
				continue
			}
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

	step("first run", true, nil, desc460)
	if runs := vetRuns(t, dir, bin); len(runs) != 0 {
		t.Errorf("repeated run on unchanged code analyzed %q, want nothing", runs)
	}

	// A changed file: only its package is analyzed again.
	write(t, dir, map[string]string{"leaf/leaf.go": strings.Replace(leafGo, "200", "700", 1)})
	if runs := vetRuns(t, dir, bin); !slices.Equal(runs, []string{"example.test/m/leaf"}) {
		t.Errorf("after an edit in leaf, analyzed %q, want leaf only", runs)
	}
	step("edited leaf", false, nil, desc460, range700)

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
	step("-disable range", false, []string{"-disable", "range"}, desc460)
	step("-code 460", false, []string{"-code", `460 "Rate Limited" fallback=429`}, range700)
	step("flags back", false, nil, desc460, range700)

	// A registration removed from an imported package: api's 499 is
	// reported; put back, it is not.
	write(t, dir, map[string]string{"codes/codes.go": strings.Replace(codesGo, "//statuslint:code 499", "// code 499 (registration removed)", 1)})
	if runs := vetRuns(t, dir, bin); !slices.Equal(runs, []string{"example.test/m/api", "example.test/m/codes"}) {
		t.Errorf("after a registration change in codes, analyzed %q, want api and codes", runs)
	}
	step("registration removed", true, nil, desc499, desc460, range700)
	write(t, dir, map[string]string{"codes/codes.go": codesGo})
	step("registration back", false, nil, desc460, range700)

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

// TestEngineChoice: by default the command runs standalone while the go
// command's cache holds no results of its binary for the packages, and has
// go vet fill the cache in the background; the next run reads it through
// go vet, and prints the same. Without its stamp, go vet -n tells that
// everything is cached. -v says which engine runs and why.
func TestEngineChoice(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(build(t))
	if err != nil {
		t.Fatal(err)
	}
	// A binary of its own, whose results the go command has never seen:
	// its bytes differ from every earlier run's, or a second run of the
	// suite on the same code would find the first one's results.
	bin := filepath.Join(t.TempDir(), "statuslint")
	if err := os.WriteFile(bin, fmt.Appendf(data, "\nengine choice %d\n", time.Now().UnixNano()), 0o755); err != nil {
		t.Fatal(err)
	}
	// A package that imports nothing, with a finding: the cold go vet run
	// in the background, which the new binary makes analyze every
	// dependency, has none to analyze (with net/http it would analyze
	// about 190 packages on every run of the suite). The choice takes the
	// same path: every unit to analyze, then none.
	dir := module(t, map[string]string{"choice/choice.go": "package choice\n\n//statuslint:code 404 \"Not Found Here\"\n"})
	cache := t.TempDir()
	env := []string{"XDG_CACHE_HOME=" + cache, "CI="} // CI turns the background run off
	stamps := filepath.Join(cache, "statuslint", "vet-*")

	// engine runs the command with -v and returns the engine line and
	// the other lines.
	engine := func(what, wantEngine string) (string, []string) {
		t.Helper()
		_, stderr, code := runEnv(t, dir, env, bin, "-v", "./...")
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if code != 3 || !strings.HasPrefix(lines[0], wantEngine) {
			t.Fatalf("%s: exit %d, stderr:\n%s\nwant exit 3 and a first line starting %q", what, code, stderr, wantEngine)
		}
		return lines[0], slices.DeleteFunc(lines[1:], func(l string) bool { return strings.HasPrefix(l, "statuslint: ") })
	}

	line, first := engine("first run", "statuslint: engine standalone: go vet would analyze ")
	if !regexp.MustCompile(`would analyze (\d+) of (\d+) packages and compile \d+: its cache is cold$`).MatchString(line) {
		t.Errorf("first run: %q does not say why", line)
	}
	// The background run writes the stamp when go vet is done.
	deadline := time.Now().Add(5 * time.Minute)
	for {
		m, _ := filepath.Glob(stamps)
		if len(m) == 1 && !strings.HasSuffix(m[0], ".warming") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no stamp after 5 minutes: %q", m)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if runs := vetRuns(t, dir, bin); len(runs) != 0 {
		t.Errorf("after the background run, go vet analyzes %q, want nothing", runs)
	}
	_, second := engine("second run", "statuslint: engine go vet: the go command's cache holds the results of an earlier run")
	if !slices.Equal(first, second) {
		t.Errorf("the engines print differently:\nstandalone:\n%s\ngo vet:\n%s", strings.Join(first, "\n"), strings.Join(second, "\n"))
	}
	m, _ := filepath.Glob(stamps)
	for _, f := range m {
		os.Remove(f)
	}
	engine("without a stamp", "statuslint: engine go vet: go vet would analyze 0 of ")
}
