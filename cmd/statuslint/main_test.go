package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/statuslint/statuslint/internal/testmod"
)

// binDir holds the command the tests build, once per test binary run.
var binDir = sync.OnceValues(func() (string, error) { return os.MkdirTemp("", "statuslint-cmd-test-") })

var statuslintBin = sync.OnceValues(func() (string, error) {
	dir, err := binDir()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "statuslint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// goEnv is the environment of the command's runs: the module proxy off
// (runEnv downloads first), a user cache directory of the test binary's
// own, so that the stamps of the engine choice neither come from nor go to
// the user's, and CI set, so that no run leaves a go vet filling the cache
// in the background of the suite (TestEngineChoice unsets it); the go
// command's build cache stays the user's.
var goEnv = sync.OnceValues(func() ([]string, error) {
	dir, err := binDir()
	if err != nil {
		return nil, err
	}
	gocache, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOCACHE: %v", err)
	}
	return []string{"GOFLAGS=-mod=mod", "GOPROXY=off", "CI=1", "XDG_CACHE_HOME=" + filepath.Join(dir, "cache"), "GOCACHE=" + strings.TrimSpace(string(gocache))}, nil
})

func TestMain(m *testing.M) {
	code := m.Run()
	if dir, err := binDir(); err == nil {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

func build(t *testing.T) string {
	t.Helper()
	bin, err := statuslintBin()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// module writes a module with the given files into a temporary directory.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	if _, ok := files["go.mod"]; !ok {
		files["go.mod"] = "module example.test/m\n\ngo 1.26\n"
	}
	write(t, dir, files)
	return dir
}

func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func run(t *testing.T, dir, bin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runEnv(t, dir, nil, bin, args...)
}

// runEnv runs bin in dir with the module proxy off, after downloading the
// requirements of the module in dir.
func runEnv(t *testing.T, dir string, env []string, bin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	testmod.Download(t, dir)
	r := command(dir, env, bin, args...)
	if r.err != nil {
		t.Fatal(r.err)
	}
	return r.stdout, r.stderr, r.code
}

// ran is what a run of the command printed and its exit status, or why it
// could not run.
type ran struct {
	stdout, stderr string
	code           int
	err            error
}

// command runs bin in dir with the environment of goEnv and env.
func command(dir string, env []string, bin string, args ...string) ran {
	base, err := goEnv()
	if err != nil {
		return ran{err: err}
	}
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), base...), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	r := ran{stdout: out.String(), stderr: errb.String()}
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		r.code = exit.ExitCode()
	} else {
		r.err = err
	}
	return r
}

// sharedRuns holds the runs of runShared, by directory, environment and
// arguments.
var sharedRuns sync.Map

// runShared is runEnv for a run that changes nothing in dir: tests that
// ask for the same run of the same directory share one (the demo's
// standalone run costs more than any other).
func runShared(t *testing.T, dir string, env []string, bin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	testmod.Download(t, dir)
	key := strings.Join(append(append([]string{dir, bin}, env...), args...), "\x00")
	once, _ := sharedRuns.LoadOrStore(key, sync.OnceValue(func() ran { return command(dir, env, bin, args...) }))
	r := once.(func() ran)()
	if r.err != nil {
		t.Fatal(r.err)
	}
	return r.stdout, r.stderr, r.code
}

// engines are the two ways the command analyzes: through the go command's
// cache (-cached) and in one process (-standalone); by default the command
// picks one (TestEngineChoice).
var engines = []struct {
	name  string
	flags []string
}{
	{"cached", []string{"-cached"}},
	{"standalone", []string{"-standalone"}},
}

func with(flags []string, args ...string) []string {
	return append(slices.Clone(flags), args...)
}

const good = `package good

import "net/http"

func h(w http.ResponseWriter, r *http.Request) { w.WriteHeader(700) }
`

// noise are the lines that the output must not hold: go vet's package
// headers and the internal passes' errors that follow a package error.
func noise(stderr string) []string {
	var bad []string
	for line := range strings.Lines(stderr) {
		if strings.HasPrefix(line, "# ") || strings.Contains(line, "analysis skipped") ||
			strings.Contains(line, "failed prerequisites") || strings.HasPrefix(line, "registry:") ||
			strings.HasPrefix(line, "routes:") || strings.HasPrefix(line, "sites:") {
			bad = append(bad, strings.TrimSpace(line))
		}
	}
	return bad
}

// TestBrokenPackage: a package that does not type-check gets a clear error
// and exit status 1, and the other packages' diagnostics are still printed,
// with the file names absolute as the standalone command prints them; no
// line of go vet's headers or of the internal passes follows.
func TestBrokenPackage(t *testing.T) {
	t.Parallel()
	bin := build(t)
	dir := module(t, map[string]string{
		"good/good.go":     good,
		"broken/broken.go": "package broken\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) { w.WriteHeader(\"seven hundred\") }\n",
	})
	for _, e := range engines {
		for _, mode := range [][]string{nil, {"-json"}} {
			_, stderr, code := run(t, dir, bin, with(e.flags, append(mode, "./...")...)...)
			if code != 1 {
				t.Errorf("%s %q: exit status %d, want 1", e.name, mode, code)
			}
			if want := filepath.Join(dir, "broken", "broken.go") + `:5:47: cannot use "seven hundred"`; !strings.Contains(stderr, want) {
				t.Errorf("%s %q: stderr does not name the type error as %q:\n%s", e.name, mode, want, stderr)
			}
			if n := strings.Count(stderr, "cannot use"); n != 1 {
				t.Errorf("%s %q: the type error is printed %d times:\n%s", e.name, mode, n, stderr)
			}
			if bad := noise(stderr); len(bad) > 0 {
				t.Errorf("%s %q: internal lines %q in:\n%s", e.name, mode, bad, stderr)
			}
			if mode == nil && !strings.Contains(stderr, filepath.Join(dir, "good", "good.go")+":5:64: status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599") {
				t.Errorf("%s: the good package's diagnostic is lost:\n%s", e.name, stderr)
			}
		}
	}
}

// TestNotAModule: in a directory that belongs to no module, one line says
// so, with exit status 1.
func TestNotAModule(t *testing.T) {
	t.Parallel()
	bin := build(t)
	dir := t.TempDir()
	write(t, dir, map[string]string{"x.go": "package x\n"})
	for _, e := range engines {
		_, stderr, code := runEnv(t, dir, []string{"GOWORK=off", "GO111MODULE=on"}, bin, with(e.flags, "./...")...)
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if code != 1 || len(lines) != 1 || !strings.Contains(stderr, "does not contain main module") {
			t.Errorf("%s: exit %d, stderr %q; want exit 1 and one line about the module", e.name, code, stderr)
		}
	}
}

// TestBadConfiguration: a bad flag stops the run before any analysis with
// exit status 1 and one line, wherever it stands among the flags. The
// flags are checked before an engine is chosen, so one run of each bad
// configuration proves it for both.
func TestBadConfiguration(t *testing.T) {
	t.Parallel()
	bin := build(t)
	dir := module(t, map[string]string{"good/good.go": good})
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-code", `404 "Not Found Here"`, "./..."}, "statuslint: bad configuration: "},
		{[]string{"-code=499", "./..."}, "statuslint: bad configuration: "},
		{[]string{"-internal", "internal", "./..."}, "statuslint: bad configuration: "},
		{[]string{"-disable=style", "./..."}, "statuslint: bad configuration: "},
		// Driver flags that take a value do not end the scan.
		{[]string{"-c", "1", "-code", `404 "x"`, "./..."}, `statuslint: bad configuration: -code 404 "x": cannot register 404`},
		{[]string{"-json", "-c=2", "-disable", "style", "./..."}, `statuslint: bad configuration: -disable style`},
		{[]string{"-unrouted-public=maybe", "./..."}, "statuslint: bad configuration: -unrouted-public maybe: want true or false (the flag alone means true)"},
		{[]string{"-bogus", "./..."}, "statuslint: flag provided but not defined: -bogus"},
		{[]string{"-c"}, "statuslint: flag needs an argument: -c"},
		{[]string{"-json"}, "statuslint: no packages given"},
		{[]string{"-diff", "-json", "./..."}, "statuslint: -diff and -json cannot be used together"},
		{[]string{"-cached", "-standalone", "./..."}, "statuslint: -cached and -standalone cannot be used together"},
		{[]string{"-standalone", "-code=499", "./..."}, "statuslint: bad configuration: "},
		{[]string{"-routes", "-fix", "./..."}, "statuslint: -routes cannot be used with -fix or -diff"},
		{[]string{"-format=markdown", "./..."}, "statuslint: -format is the form of the -routes inventory"},
		{[]string{"-routes", "-format=yaml", "./..."}, "statuslint: -format=yaml: want text, json or markdown"},
	} {
		stdout, stderr, code := run(t, dir, bin, tc.args...)
		if code != 1 || !strings.HasPrefix(stderr, tc.want) || strings.Count(stderr, "\n") != 1 || stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 1 and one line starting %q", tc.args, code, stdout, stderr, tc.want)
		}
	}
	// A good configuration runs.
	for _, e := range engines {
		_, stderr, code := run(t, dir, bin, with(e.flags, "-c", "0", "-code", `499 "Client Closed Request" fallback=400`, "-unrouted-public", "./...")...)
		if code != 3 || !strings.Contains(stderr, "status code 700") || !strings.Contains(stderr, "\n5\tfunc h(w http.ResponseWriter") {
			t.Errorf("%s: good flags: exit %d, stderr %q", e.name, code, stderr)
		}
	}
	// -help prints the usage and succeeds.
	stdout, _, code := run(t, dir, bin, "-help")
	if code != 0 || !strings.Contains(stdout, "-standalone") || !strings.Contains(stdout, "Exit status") {
		t.Errorf("-help: exit %d, stdout %q", code, stdout)
	}
}

// TestRoutes checks -routes in its three forms on a small net/http
// service: one line per route, a Markdown table, JSON; the exit status is
// 0, with either engine flag (-routes runs in one process).
func TestRoutes(t *testing.T) {
	t.Parallel()
	bin := build(t)
	dir := module(t, map[string]string{"tea/tea.go": `package main

import "net/http"

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /tea", tea)
	mux.HandleFunc("/debug/vars", tea)
	_ = http.ListenAndServe(":8080", mux)
}

// tea brews.
//
// @Success 200
func tea(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTeapot) }
`})
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-routes", "./..."}, "* /debug/vars  example.test/m/tea.tea  418  (internal)\nGET /tea  example.test/m/tea.tea  418\n"},
		{[]string{"-routes", "-format=markdown", "./..."}, "| GET | `/tea` | `example.test/m/tea.tea` | public | 418 | 200 |\n"},
		{[]string{"-routes", "-json", "-standalone", "./..."}, `"path": "/tea",`},
	} {
		stdout, stderr, code := run(t, dir, bin, tc.args...)
		if code != 0 || !strings.Contains(stdout, tc.want) || stderr != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 0 and %q", tc.args, code, stdout, stderr, tc.want)
		}
	}
}

const fixable = `package fixable

import "net/http"

func f(w http.ResponseWriter, r *http.Request) { http.Error(w, "closed", 499) }
`

const clean = `package clean

import "net/http"

func h(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTeapot) }
`

// TestExitStatus checks the exit status of every mode: 0 when there is
// nothing to report, 3 when findings remain (printed, in the JSON, in the
// -diff preview, or left after -fix), 1 on errors. The exit status comes
// from the findings and errors that an engine collects, the same for both:
// every case runs through go vet's cache, which costs a fraction of a
// standalone run on a new module, and the cases marked standalone, one of
// each path where the engines differ (diagnostics, errors, JSON, fixes
// applied, fixes as a diff), also run standalone.
func TestExitStatus(t *testing.T) {
	t.Parallel()
	bin := build(t)
	fixtures := map[string]map[string]string{
		"clean":    {"clean/clean.go": clean},
		"findings": {"good/good.go": good, "fixable/fixable.go": fixable}, // 700 has no fix
		"fixable":  {"fixable/fixable.go": fixable},
		"broken":   {"clean/clean.go": clean, "broken/broken.go": "package broken\n\nfunc f() int { return \"x\" }\n"},
	}
	// A module per fixture for the modes that write nothing, which the
	// go vet runs with the same flags then share (the command's text,
	// -json and -c modes all run go vet -json); -fix gets a module of its
	// own.
	shared := map[string]string{}
	for name, files := range fixtures {
		shared[name] = module(t, clone(files))
	}
	for _, tc := range []struct {
		fixture    string
		mode       []string
		want       int
		standalone bool
	}{
		{"clean", nil, 0, false},
		{"clean", []string{"-json"}, 0, false},
		{"clean", []string{"-fix"}, 0, false},
		{"clean", []string{"-fix", "-diff"}, 0, false},
		{"clean", []string{"-c", "1"}, 0, false},
		{"findings", nil, 3, true},
		{"findings", []string{"-json"}, 3, false},
		{"findings", []string{"-c", "1"}, 3, false},
		{"findings", []string{"-fix"}, 3, false}, // 700 is left
		{"findings", []string{"-fix", "-diff"}, 3, false},
		{"findings", []string{"-diff"}, 3, true},
		{"fixable", []string{"-fix"}, 0, true},   // the fix registers 499: nothing is left
		{"fixable", []string{"-diff"}, 3, false}, // nothing is applied
		{"fixable", []string{"-fix", "-json"}, 0, false},
		{"broken", nil, 1, false},
		{"broken", []string{"-json"}, 1, true},
		{"broken", []string{"-fix"}, 1, false},
		{"broken", []string{"-diff"}, 1, true},
	} {
		for _, e := range engines {
			if e.name == "standalone" && !tc.standalone {
				continue
			}
			t.Run(strings.Join(append([]string{e.name, tc.fixture}, tc.mode...), " "), func(t *testing.T) {
				t.Parallel()
				dir := shared[tc.fixture]
				if slices.Contains(tc.mode, "-fix") && !slices.Contains(tc.mode, "-diff") {
					dir = module(t, clone(fixtures[tc.fixture]))
				}
				exitStatus(t, bin, dir, e.flags, tc.fixture, tc.mode, tc.want)
			})
		}
	}
}

// exitStatus runs one case of TestExitStatus: the command with flags and
// mode in dir, a module with the fixture's files.
func exitStatus(t *testing.T, bin, dir string, flags []string, fixture string, mode []string, want int) {
	stdout, stderr, code := run(t, dir, bin, with(flags, append(slices.Clone(mode), "./...")...)...)
	if code != want {
		t.Errorf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", code, want, stdout, stderr)
	}
	if bad := noise(stderr); len(bad) > 0 {
		t.Errorf("internal lines %q", bad)
	}
	if n := strings.Count(stderr, "broken.go:3:"); fixture == "broken" && n != 1 {
		t.Errorf("the type error is printed %d times, want once:\n%s", n, stderr)
	}
	fixed, _ := os.ReadFile(filepath.Join(dir, "fixable", "fixable.go"))
	applied := strings.Contains(string(fixed), "//statuslint:code 499")
	switch {
	case slices.Contains(mode, "-diff"):
		if applied {
			t.Errorf("-diff changed the file")
		}
		if fixture != "clean" && fixture != "broken" && !strings.Contains(stdout, "+//statuslint:code 499") {
			t.Errorf("no diff on stdout:\n%s", stdout)
		}
	case slices.Contains(mode, "-fix") && fixture != "clean" && fixture != "broken":
		if !applied {
			t.Errorf("the fix was not applied")
		}
		// What -fix leaves is printed.
		if fixture == "findings" && !strings.Contains(stderr, "status code 700") {
			t.Errorf("the finding left is not printed:\n%s", stderr)
		}
		if strings.Contains(stderr, "499") {
			t.Errorf("the fixed finding is printed:\n%s", stderr)
		}
	case slices.Contains(mode, "-json"):
		var tree map[string]any
		if err := json.Unmarshal([]byte(stdout), &tree); err != nil {
			t.Errorf("stdout is not one JSON tree: %v\n%s", err, stdout)
		}
	}
}

func clone(m map[string]string) map[string]string {
	c := map[string]string{}
	for k, v := range m {
		c[k] = v
	}
	return c
}
