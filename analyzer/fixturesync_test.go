package analyzer_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestFrameworkFixturesInSync checks that each framework fixture is written
// once: every file of testdata/src/fw/<fw>, which TestCodeChecks runs
// against the stubs, is the same as testdata/frameworks/<fw>'s, which
// TestRealFrameworks runs against the real module. Edit one, copy it to
// the other.
func TestFrameworkFixturesInSync(t *testing.T) {
	stubs, err := filepath.Glob(filepath.Join(testdata, "src", "fw", "*", "*.go"))
	if err != nil || len(stubs) == 0 {
		t.Fatalf("no framework fixtures: %v", err)
	}
	for _, stub := range stubs {
		rel, _ := filepath.Rel(filepath.Join(testdata, "src", "fw"), stub)
		real := filepath.Join(realFrameworks, rel)
		a, err := os.ReadFile(stub)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(real)
		switch {
		case err != nil:
			t.Errorf("%s has no copy among the real-module fixtures: %v", stub, err)
		case !bytes.Equal(a, b):
			t.Errorf("%s and %s differ: the fixture must be the same against the stubs and the real module", stub, real)
		}
	}
}
