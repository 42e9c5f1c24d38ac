package analyzer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestREADMEGoVersion checks that the README states, near its top, the Go
// version that go.mod requires, and that go get -tool raises a user's
// module to it.
func TestREADMEGoVersion(t *testing.T) {
	mod, err := os.ReadFile(filepath.Join("..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	var version string
	for line := range strings.Lines(string(mod)) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "go "); ok {
			version = v
		}
	}
	parts := strings.Split(version, ".")
	if len(parts) != 3 {
		t.Fatalf("go.mod has no go line of the form 1.N.P: %q", version)
	}
	major := parts[0] + "." + parts[1]
	readme, err := os.ReadFile(filepath.Join("..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	top, _, _ := strings.Cut(string(readme), "\n## ")
	top = strings.Join(strings.Fields(top), " ")
	for _, want := range []string{
		"statuslint needs Go " + major + " or later",
		"`go " + version + "`",
		"raises the module's `go` line to " + version,
	} {
		if !strings.Contains(top, want) {
			t.Errorf("the README's introduction does not say %q (go.mod: go %s)", want, version)
		}
	}
}
