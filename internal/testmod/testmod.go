package testmod

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// downloads memoizes, per module directory, the outcome of its download:
// the first test that needs a module downloads it, the others of the same
// test binary wait for that download and share its outcome.
var downloads sync.Map // directory → func() (skip, fail string)

// Download makes the requirements of the module whose go.mod is in dir
// available to a go command run with GOPROXY=off, by running
// "go mod download" there once per test binary with the environment's
// proxy. A module without requirements, or a directory without go.mod
// (GOPATH mode), needs nothing. The test is skipped when the environment
// forbids the download (GOFLAGS=-mod=vendor, or GOPROXY=off and a module
// missing from the cache), and fails when the download fails.
func Download(t testing.TB, dir string) {
	t.Helper()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	once, _ := downloads.LoadOrStore(abs, sync.OnceValues(func() (string, string) { return download(abs) }))
	skip, fail := once.(func() (string, string))()
	if skip != "" {
		t.Skip(skip)
	}
	if fail != "" {
		t.Fatal(fail)
	}
}

// requireRE matches a require directive of a go.mod file.
var requireRE = regexp.MustCompile(`(?m)^require\b`)

// download runs "go mod download" in dir when its go.mod requires
// anything, and says why the test must be skipped or fails.
func download(dir string) (skip, fail string) {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if os.IsNotExist(err) {
		return "", ""
	} else if err != nil {
		return "", err.Error()
	}
	if !requireRE.Match(data) {
		return "", ""
	}
	if flags := goEnv(dir, "GOFLAGS"); strings.Contains(flags, "-mod=vendor") {
		return "GOFLAGS=" + flags + " forbids downloading the requirements of " + dir, ""
	}
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if err == nil {
		return "", ""
	}
	msg := "go mod download in " + dir + " (the tests that run the go command with GOPROXY=off need its requirements in the module cache): " + err.Error() + "\n" + string(bytes.TrimSpace(out))
	if goEnv(dir, "GOPROXY") == "off" {
		return msg + "\n(GOPROXY=off in the environment: set a proxy to run this test)", ""
	}
	return "", msg
}

// goEnv returns the go command's setting of name in dir.
func goEnv(dir, name string) string {
	cmd := exec.Command("go", "env", name)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return os.Getenv(name)
	}
	return strings.TrimSpace(string(out))
}
