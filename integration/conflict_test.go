package integration_test

import (
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// conflictCodes is the configuration of testdata/conflict as -code flags;
// its .golangci.yml says the same.
var conflictCodes = []string{`-code=460 "Rate Limited" fallback=429`, `-code=461 "Gone Fishing"`}

// TestConfigConflictDrivers checks the rule between configuration and
// directives in each driver, on testdata/conflict: the configuration wins,
// and a directive that registers a code otherwise is a directive
// diagnostic. The command and go vet take the codes as -code flags,
// golangci-lint from its settings.
func TestConfigConflictDrivers(t *testing.T) {
	dir, err := filepath.Abs("testdata/conflict")
	if err != nil {
		t.Fatal(err)
	}
	wants := readWants(t, dir)
	if len(wants) != 3 {
		t.Fatalf("fixture has %d expectations, want 3", len(wants))
	}
	bin := buildStatuslint(t)
	run := func(t *testing.T, name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		// Both exit with a non-zero status for findings.
		if ee := (*exec.ExitError)(nil); !errors.As(err, &ee) {
			t.Fatalf("%s %s: %v, want a non-zero exit status for the findings\n%s", name, strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	t.Run("command", func(t *testing.T) {
		out := run(t, bin, append(conflictCodes, "./...")...)
		for _, p := range check(wants, parseDiags(dir, out)) {
			t.Errorf("%s\n%s", p, out)
		}
	})
	t.Run("go vet", func(t *testing.T) {
		out := run(t, "go", append(append([]string{"vet", "-vettool=" + bin}, conflictCodes...), "./...")...)
		for _, p := range check(wants, parseDiags(dir, out)) {
			t.Errorf("%s\n%s", p, out)
		}
	})
	t.Run("golangci-lint", func(t *testing.T) {
		for _, p := range check(wants, gclIssues(t, dir)) {
			t.Error(p)
		}
	})
}
