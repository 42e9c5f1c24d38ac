package analyzer_test

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/types/objectpath"

	"github.com/statuslint/statuslint/internal/testmod"
)

// manyPaths is a module whose handlers reach the same codes through
// several call paths, in their own package and through another one.
func manyPaths(t *testing.T) string {
	t.Helper()
	var lib, srv strings.Builder
	lib.WriteString(`package lib

import "net/http"

//statuslint:code 460 "Rate Limited"
//statuslint:code 470 "Quota Exceeded"

func a(w http.ResponseWriter) { w.WriteHeader(460) }
func b(w http.ResponseWriter) { a(w); w.WriteHeader(470) }
func c(w http.ResponseWriter) { b(w); a(w); w.WriteHeader(460) }
func d(w http.ResponseWriter) { c(w); b(w) }
`)
	srv.WriteString(`package srv

import (
	"net/http"

	"example.test/m/lib"
)

func local(w http.ResponseWriter) { lib.H3(w, nil); lib.H7(w, nil) }

func Routes(mux *http.ServeMux) {
`)
	for i := range 12 {
		calls := []string{"a(w)", "b(w)", "c(w)", "d(w)"}
		slices.Reverse(calls[:i%4])
		fmt.Fprintf(&lib, "\n// H%d reaches the codes through several helpers.\nfunc H%d(w http.ResponseWriter, r *http.Request) { %s }\n", i, i, strings.Join(calls, "; "))
		fmt.Fprintf(&srv, "\tmux.HandleFunc(\"/h%d\", lib.H%d)\n", i, i)
	}
	srv.WriteString("\tmux.HandleFunc(\"/local\", func(w http.ResponseWriter, r *http.Request) { local(w) })\n")
	srv.WriteString("\tmux.Handle(\"/lib/\", http.StripPrefix(\"/lib\", lib.Router()))\n}\n")
	lib.WriteString("\n// Router serves the handlers under paths of its own.\nfunc Router() *http.ServeMux {\n\tmux := http.NewServeMux()\n")
	for i := range 12 {
		fmt.Fprintf(&lib, "\tmux.HandleFunc(\"/r%d\", H%d)\n", 11-i, 11-i)
	}
	lib.WriteString("\treturn mux\n}\n")
	srv.WriteString("\nfunc main() {\n\tmux := http.NewServeMux()\n\tRoutes(mux)\n\thttp.ListenAndServe(\":8080\", mux)\n}\n")
	dir := t.TempDir()
	for name, text := range map[string]string{
		"go.mod":         "module example.test/m\n\ngo 1.24\n",
		"lib/lib.go":     lib.String(),
		"srv/srv.go":     strings.Replace(srv.String(), "package srv", "package main", 1),
		"srv/go.sum.txt": "",
	} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestDeterministic runs the built command several times through go vet
// (-cached: the engine whose runs share nothing in memory) on a module
// whose handlers reach their codes through several paths, and compares the
// outputs byte for byte; no message or related message names an absolute
// path. Then it compares the facts of four in-process runs, encoded.
func TestDeterministic(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "statuslint")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/statuslint").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir := manyPaths(t)
	testmod.Download(t, dir) // the runs below turn the proxy off
	stamps := t.TempDir()
	out, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	gocache := strings.TrimSpace(string(out))
	var first []byte
	for i := range 6 {
		args := []string{"-cached", "./..."}
		if i%2 == 1 {
			args = []string{"-cached", "-json", "./..."}
		}
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		// The engine's stamps go to a directory of the test's own.
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "XDG_CACHE_HOME="+stamps, "GOCACHE="+gocache)
		out, err := cmd.CombinedOutput()
		// Findings exit 3 in every mode; anything else is a failed run,
		// whose output would prove nothing.
		if exit := (*exec.ExitError)(nil); !errors.As(err, &exit) || exit.ExitCode() != 3 {
			t.Fatalf("run %d %v: %v, want exit status 3\n%s", i, args, err, out)
		}
		if i == 0 {
			if !bytes.Contains(out, []byte("fallback")) && !bytes.Contains(out, []byte("no standard fallback")) {
				t.Fatalf("no fallback diagnostic:\n%s", out)
			}
			first = out
			t.Logf("output:\n%s", out)
		}
		if i%2 == 1 {
			if bytes.Contains(out, []byte(dir+string(filepath.Separator)+"lib")) && strings.Contains(messages(out), dir) {
				t.Errorf("a message names an absolute path:\n%s", out)
			}
			continue
		}
		if !bytes.Equal(out, first) {
			t.Errorf("run %d differs from run 0:\n%s\n---\n%s", i, out, first)
		}
		for line := range strings.Lines(string(out)) {
			if _, msg, ok := strings.Cut(line, ": "); ok && strings.Contains(msg, dir) {
				t.Errorf("message names an absolute path: %s", line)
			}
		}
	}

	// The analyses share one load: what may vary between runs is the
	// order in which the analyzers visit maps and the checker schedules
	// packages, which each analysis of the same packages draws anew.
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod")}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatal("load:", err)
	}
	var facts []string
	for range 4 {
		got := encodedFacts(t, pkgs)
		if facts == nil {
			facts = got
			if len(facts) == 0 {
				t.Fatal("no facts")
			}
		} else if !slices.Equal(got, facts) {
			t.Errorf("facts differ between runs:\n%s\n---\n%s", strings.Join(got, "\n"), strings.Join(facts, "\n"))
		}
	}
}

// messages returns the "message" values of -json output.
func messages(out []byte) string {
	var b strings.Builder
	for line := range strings.Lines(string(out)) {
		if i := strings.Index(line, `"message":`); i >= 0 {
			b.WriteString(line[i:])
		}
	}
	return b.String()
}

// encodedFacts runs statuslint and returns every fact of every package,
// gob-encoded, keyed by object path, sorted.
func encodedFacts(t *testing.T, pkgs []*packages.Package) []string {
	graph, err := checker.Analyze([]*analysis.Analyzer{codeChecks}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var facts []string
	for act := range graph.All() {
		for _, f := range act.AllObjectFacts() {
			if f.Object.Pkg() != act.Package.Types {
				continue
			}
			path, _ := objectpath.For(f.Object)
			var buf bytes.Buffer
			if err := gob.NewEncoder(&buf).Encode(f.Fact); err != nil {
				t.Fatal(err)
			}
			facts = append(facts, fmt.Sprintf("%s %s %s %T %x", act.Analyzer.Name, act.Package.PkgPath, path, f.Fact, buf.Bytes()))
		}
		for _, f := range act.AllPackageFacts() {
			if f.Package != act.Package.Types {
				continue
			}
			var buf bytes.Buffer
			if err := gob.NewEncoder(&buf).Encode(f.Fact); err != nil {
				t.Fatal(err)
			}
			facts = append(facts, fmt.Sprintf("%s %s %T %x", act.Analyzer.Name, act.Package.PkgPath, f.Fact, buf.Bytes()))
		}
	}
	slices.Sort(facts)
	return facts
}
