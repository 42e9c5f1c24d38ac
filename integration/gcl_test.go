package integration_test

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// customGCLBin builds golangci-lint with the statuslint plugin once per
// test run, with scripts/build-custom-gcl.sh (which reuses a binary cached
// for unchanged sources).
var customGCLBin = sync.OnceValues(func() (string, error) {
	dir, err := binDir()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "custom-gcl")
	cmd := exec.Command(filepath.Join(root, "scripts", "build-custom-gcl.sh"), bin)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", errors.New("scripts/build-custom-gcl.sh: " + err.Error() + "\n" + string(out))
	}
	return bin, nil
})

func buildCustomGCL(t *testing.T) string {
	t.Helper()
	needTools(t, "builds golangci-lint with the plugin (5 to 8 minutes with cold caches)")
	bin, err := customGCLBin()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// runGCL runs the custom golangci-lint in dir with args and returns its
// standard output and error; exit status 1 (issues found) is not an error.
// golangci-lint stops when another instance holds its lock, so the tests
// that run it are not parallel (the others are).
func runGCL(t *testing.T, dir string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	cmd := exec.Command(buildCustomGCL(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+t.TempDir())
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) && ee.ExitCode() == 1 {
		err = nil
	}
	return out.String(), errOut.String(), err
}

// gclIssues runs golangci-lint run with JSON output in dir and returns
// statuslint's issues.
func gclIssues(t *testing.T, dir string, args ...string) []diag {
	t.Helper()
	args = append([]string{"run", "--output.json.path=stdout", "--show-stats=false"}, args...)
	stdout, stderr, err := runGCL(t, dir, append(args, "./...")...)
	if err != nil {
		t.Fatalf("golangci-lint %s: %v\n%s", strings.Join(args, " "), err, stderr)
	}
	var report struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &report); err != nil {
		t.Fatalf("golangci-lint JSON output: %v\n%s", err, stdout)
	}
	var diags []diag
	for _, is := range report.Issues {
		if is.FromLinter != "statuslint" {
			t.Errorf("issue from linter %q, want only statuslint: %s", is.FromLinter, is.Text)
			continue
		}
		diags = append(diags, diag{filepath.ToSlash(is.Pos.Filename), is.Pos.Line, is.Pos.Column, is.Text})
	}
	return diags
}

// TestGolangciLint runs the custom golangci-lint on testdata/gcl, whose
// .golangci.yml registers 499 (no fallback) and 460 (fallback 400) and
// makes /admin/ internal: the expected issues appear, and none else. It
// runs with --uniq-by-line=false, so that golangci-lint shows every issue
// it would make of a related position: there is none, since the plugin
// puts related positions in the message, where one in another file (a
// route in routes.go) is shown with its file, and a //nolint:statuslint on
// the line of a finding (a lifecycle finding, whose related position is in
// its file; a fallback finding, whose route is in another file) leaves no
// issue at all. Custom codes and routes in the test file make none.
func TestGolangciLint(t *testing.T) {
	dir, err := filepath.Abs("testdata/gcl")
	if err != nil {
		t.Fatal(err)
	}
	// Every issue must match a want of the fixture, one to one: an issue
	// of a related position, or one that the nolint comments or the
	// test-file rule should remove, is unexpected.
	for _, p := range check(readWants(t, dir), gclIssues(t, dir, "--uniq-by-line=false")) {
		t.Error(p)
	}
}

// TestGolangciLintFix checks that golangci-lint --fix applies statuslint's
// suggested fixes and only those that change nothing a handler sends: 520
// gets a registration above its function, the directive of 462 gets
// fallback=400, 499 (registered in the settings) stays as it is, and the
// test file is left alone. The fixed code gets no issue for 462, and for
// 520 only the fallback issue that its new registration, which names no
// fallback, calls for on the public route /broken.
func TestGolangciLintFix(t *testing.T) {
	dir := checkServiceFix(t, func(dir string) {
		if _, stderr, err := runGCL(t, dir, "run", "--fix", "./..."); err != nil {
			t.Fatalf("golangci-lint run --fix: %v\n%s", err, stderr)
		}
	})
	for _, d := range gclIssues(t, dir) {
		if strings.Contains(d.Message, " 462 ") ||
			strings.Contains(d.Message, " 520 ") && !strings.HasPrefix(d.Message, `custom status code 520 is sent on public route "/broken", but its registration names no standard fallback`) {
			t.Errorf("issue left after --fix: %s", d)
		}
	}
}

// TestGolangciLintBadSettings checks that a misspelled key in the plugin's
// settings stops golangci-lint with a message that names it and the keys
// that exist.
func TestGolangciLintBadSettings(t *testing.T) {
	dir, err := filepath.Abs("testdata/gcl")
	if err != nil {
		t.Fatal(err)
	}
	_, stderr, err := runGCL(t, dir, "run", "-c", "bad.golangci.yml", "./...")
	if err == nil {
		t.Fatalf("golangci-lint with bad settings succeeded; stderr:\n%s", stderr)
	}
	for _, want := range []string{
		"plugin(statuslint)",
		`statuslint: bad settings: decoding settings: json: unknown field "desc"`,
		"in each of codes: code, description, fallback",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not contain %q:\n%s", want, stderr)
		}
	}
}
