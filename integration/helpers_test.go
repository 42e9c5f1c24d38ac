package integration_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// root is the repository's root directory.
var root = func() string {
	dir, err := filepath.Abs("..")
	if err != nil {
		panic(err)
	}
	return dir
}()

// binDir holds the binaries the tests build, shared by the tests of one run.
var binDir = sync.OnceValues(func() (string, error) { return os.MkdirTemp("", "statuslint-integration-") })

func TestMain(m *testing.M) {
	code := m.Run()
	if dir, err := binDir(); err == nil {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// statuslintBin builds cmd/statuslint once per test run and returns its
// path.
var statuslintBin = sync.OnceValues(func() (string, error) {
	dir, err := binDir()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "statuslint")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/statuslint")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/statuslint: %v\n%s", err, out)
	}
	return bin, nil
})

func buildStatuslint(t *testing.T) string {
	t.Helper()
	bin, err := statuslintBin()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// diag is one diagnostic as a tool printed it: file relative to the
// fixture, line, column and message.
type diag struct {
	File      string
	Line, Col int
	Message   string
}

func (d diag) String() string { return fmt.Sprintf("%s:%d:%d: %s", d.File, d.Line, d.Col, d.Message) }

// want is an expectation read from a fixture: a diagnostic on File:Line
// whose message matches Re.
type want struct {
	File string
	Line int
	Re   *regexp.Regexp
}

var wantRE = regexp.MustCompile("// want `([^`]*)`")

// readWants returns the expectations of the .go files under dir.
func readWants(t *testing.T, dir string) []want {
	t.Helper()
	var wants []want
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for line := 1; sc.Scan(); line++ {
			for _, m := range wantRE.FindAllStringSubmatch(sc.Text(), -1) {
				wants = append(wants, want{filepath.ToSlash(rel), line, regexp.MustCompile(m[1])})
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	return wants
}

// diagLine matches file:line:col: message, as go vet, singlechecker,
// golangci-lint's text output and gopls check print it (gopls adds
// -endcol or -endline:endcol after col).
var diagLine = regexp.MustCompile(`^(\S+\.go):(\d+):(\d+)(?:-[\d:.]+)?: (.*)$`)

// parseDiags returns the diagnostics in out, with file names made relative
// to dir.
func parseDiags(dir, out string) []diag {
	var diags []diag
	for line := range strings.Lines(out) {
		m := diagLine.FindStringSubmatch(strings.TrimRight(line, "\n"))
		if len(m) < 5 || strings.HasPrefix(m[4], "\t") {
			continue // not a diagnostic, or a diagnostic's related information
		}
		file := m[1]
		if filepath.IsAbs(file) {
			if rel, err := filepath.Rel(dir, file); err == nil {
				file = rel
			}
		}
		line, _ := strconv.Atoi(m[2]) // digits, by diagLine
		col, _ := strconv.Atoi(m[3])
		diags = append(diags, diag{filepath.ToSlash(strings.TrimPrefix(file, "./")), line, col, m[4]})
	}
	return diags
}

// check matches diags against wants one to one and returns what is
// wrong: wants with no diagnostic, diagnostics that nobody wants.
func check(wants []want, diags []diag) []string {
	var problems []string
	used := make([]bool, len(diags))
	for _, w := range wants {
		i := slices.IndexFunc(diags, func(d diag) bool { return d.File == w.File && d.Line == w.Line && w.Re.MatchString(d.Message) })
		if i >= 0 && !used[i] {
			used[i] = true
			continue
		}
		problems = append(problems, fmt.Sprintf("%s:%d: no diagnostic matching %q", w.File, w.Line, w.Re))
	}
	for i, d := range diags {
		if !used[i] {
			problems = append(problems, fmt.Sprintf("unexpected diagnostic %s", d))
		}
	}
	return problems
}

// copyDir copies the fixture src to a new temporary directory, for tests
// that change files.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	return dst
}

// toolTests is the environment variable that turns on the tests that
// build golangci-lint and gopls with statuslint inside and run git commits
// through pre-commit: most of their minutes of CPU are spent in those
// tools, so go test ./... leaves them out unless it is set to 1; .ci/run
// sets it (see the README's first section).
const toolTests = "STATUSLINT_TOOL_TESTS"

// needTools skips a test of golangci-lint, gopls or pre-commit unless
// STATUSLINT_TOOL_TESTS=1, and under go test -short.
func needTools(t *testing.T, what string) {
	t.Helper()
	switch {
	case testing.Short():
		t.Skipf("skipped under -short: %s", what)
	case os.Getenv(toolTests) != "1":
		t.Skipf("skipped without %s=1 (.ci/run sets it): %s", toolTests, what)
	}
}

// checkServiceFix runs fix on a copy of testdata/gcl and checks what every
// driver's fixes must do there, and only that: 520 gets a registration of
// its description, without a fallback, above its function, the directive of 462 gets fallback=400, 499
// (registered in configuration) and every other code sent stay as they
// are, and the test file is left alone. It returns the copy.
func checkServiceFix(t *testing.T, fix func(dir string)) string {
	t.Helper()
	dir := copyDir(t, "testdata/gcl")
	read := func(name string) string {
		t.Helper()
		src, err := os.ReadFile(filepath.Join(dir, "svc", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(src)
	}
	testFile := read("svc_test.go")
	fix(dir)
	src := read("svc.go")
	for _, want := range []string{
		"//statuslint:code 520 \"Web Server Returned an Unknown Error\"\nfunc broken(",
		"//statuslint:code 462 \"Slow Down\" fallback=400\n",
		"\tw.WriteHeader(462) // want",
		"\tw.WriteHeader(499) // want `custom status code 499 is sent on public route \"/cancel\"",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("fixed svc.go does not contain %q:\n%s", want, src)
		}
	}
	if strings.Contains(src, "http.Status") {
		t.Errorf("a fix changed a code sent:\n%s", src)
	}
	if got := read("svc_test.go"); got != testFile {
		t.Errorf("the fixes changed svc_test.go:\n%s", got)
	}
	return dir
}
