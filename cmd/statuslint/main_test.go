package main_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// build builds the command once per test binary run.
func build(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "statuslint")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// module writes a module with the given files into a temporary directory.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.test/m\n\ngo 1.26\n"
	for name, text := range files {
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

func run(t *testing.T, dir, bin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

const good = `package good

import "net/http"

func h(w http.ResponseWriter, r *http.Request) { w.WriteHeader(700) }
`

// TestBrokenPackage: a package that does not type-check gets a clear error
// and exit status 1, and the other packages' diagnostics are still printed.
func TestBrokenPackage(t *testing.T) {
	bin := build(t)
	dir := module(t, map[string]string{
		"good/good.go":     good,
		"broken/broken.go": "package broken\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) { w.WriteHeader(\"seven hundred\") }\n",
	})
	_, stderr, code := run(t, dir, bin, "./...")
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if !strings.Contains(stderr, "broken.go:5") || !strings.Contains(stderr, "cannot use \"seven hundred\"") {
		t.Errorf("stderr does not name the type error:\n%s", stderr)
	}
	if !strings.Contains(stderr, "good.go:5:64: status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599") {
		t.Errorf("the good package's diagnostic is lost:\n%s", stderr)
	}
}

// TestBadConfiguration: a bad flag stops the run before any analysis with
// exit status 1.
func TestBadConfiguration(t *testing.T) {
	bin := build(t)
	dir := module(t, map[string]string{"good/good.go": good})
	for _, args := range [][]string{
		{"-code", `404 "Not Found Here"`, "./..."},
		{"-code=499", "./..."},
		{"-internal", "internal", "./..."},
		{"-disable=style", "./..."},
	} {
		stdout, stderr, code := run(t, dir, bin, args...)
		if code != 1 || !strings.HasPrefix(stderr, "statuslint: bad configuration: ") || stdout != "" || strings.Contains(stderr, "good.go") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 1, a bad-configuration message and no analysis", args, code, stdout, stderr)
		}
	}
	// A good configuration runs.
	_, stderr, code := run(t, dir, bin, "-code", `499 "Client Closed Request" fallback=400`, "-unrouted-public", "./...")
	if code != 3 || !strings.Contains(stderr, "status code 700") {
		t.Errorf("good flags: exit %d, stderr %q", code, stderr)
	}
}
