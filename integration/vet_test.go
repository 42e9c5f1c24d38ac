package integration_test

import (
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// vetFixture runs go vet -vettool=statuslint over testdata/vet, where
// package codes registers codes, api imports codes, web imports api only,
// and other imports neither; it returns the expectations and diagnostics
// of the packages selected by keep.
func vetFixture(t *testing.T, keep func(file string) bool) ([]want, []diag) {
	t.Helper()
	bin := buildStatuslint(t)
	dir, err := filepath.Abs("testdata/vet")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "vet", "-vettool="+bin, "./...")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	// go vet exits 1 when the vettool reports diagnostics.
	if ee := (*exec.ExitError)(nil); err != nil && (!errors.As(err, &ee) || ee.ExitCode() != 1) {
		t.Fatalf("go vet: %v\n%s", err, out)
	}
	t.Logf("go vet -vettool=statuslint ./...:\n%s", out)
	var wants []want
	for _, w := range readWants(t, dir) {
		if keep(w.File) {
			wants = append(wants, w)
		}
	}
	var diags []diag
	for _, d := range parseDiags(dir, string(out)) {
		if keep(d.File) {
			diags = append(diags, d)
		}
	}
	return wants, diags
}

// TestVetFacts checks statuslint as a go vet tool, where each package is
// analyzed in its own process and registrations and handler facts travel
// between processes as vetx files: 499 and 460, registered in package
// codes, are not reported in api, which imports codes; 520, registered
// nowhere, is; other, which does not import codes, gets 499 reported.
func TestVetFacts(t *testing.T) {
	t.Parallel()
	wants, diags := vetFixture(t, func(file string) bool { return !strings.HasPrefix(file, "web/") })
	if len(wants) == 0 {
		t.Fatal("fixture has no expectations")
	}
	for _, p := range check(wants, diags) {
		t.Error(p)
	}
}

// TestVetTransitiveFacts checks package web, which imports codes only
// through api: the registrations of codes must hold there too (a 460 sent
// in web is not reported), and api's handler facts meet them at web's
// route registration (463 has no fallback). Under unitchecker a package
// fact reaches only the packages whose export data mentions its package,
// and api's does not mention codes: api's own registrations fact, which
// holds what api sees, carries them.
func TestVetTransitiveFacts(t *testing.T) {
	t.Parallel()
	wants, diags := vetFixture(t, func(file string) bool { return strings.HasPrefix(file, "web/") })
	for _, p := range check(wants, diags) {
		t.Error(p)
	}
}

// TestVetBadFlagOnce: under go vet, which runs the tool once per package
// (standard library included), a bad statuslint flag is reported once, with
// exit status 1, not once per package.
func TestVetBadFlagOnce(t *testing.T) {
	t.Parallel()
	bin := buildStatuslint(t)
	dir, err := filepath.Abs("testdata/vet")
	if err != nil {
		t.Fatal(err)
	}
	// Twice: the second run finds the first one's cache.
	for range 2 {
		cmd := exec.Command("go", "vet", "-vettool="+bin, "-disable=bogus", "./...")
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if ee := (*exec.ExitError)(nil); !errors.As(err, &ee) || ee.ExitCode() != 1 {
			t.Fatalf("go vet: %v, want exit status 1\n%s", err, out)
		}
		const msg = `statuslint: bad configuration: -disable bogus: disable: unknown category "bogus"`
		var lines []string
		for line := range strings.Lines(string(out)) {
			if !strings.HasPrefix(line, "# ") { // go vet's header for the package that reports it
				lines = append(lines, line)
			}
		}
		if len(lines) != 1 || !strings.HasPrefix(lines[0], msg) {
			t.Errorf("go vet -disable=bogus printed:\n%s\nwant one line %q", out, msg)
		}
	}
}
