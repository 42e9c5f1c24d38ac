package knowledge

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestStdRoots checks IsStd against the standard library of the go
// command that runs the test, and against the test packages, whose GOPATH
// paths have no dot either.
func TestStdRoots(t *testing.T) {
	out, err := exec.Command("go", "list", "std").Output()
	if err != nil {
		t.Skipf("go list std: %v", err)
	}
	for _, path := range strings.Fields(string(out)) {
		if !IsStd(path) {
			t.Errorf("IsStd(%q) = false: add its root to stdRoots", path)
		}
	}
	dirs, err := os.ReadDir(filepath.Join("..", "..", "testdata", "src"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if IsStd(d.Name() + "/x") {
			t.Errorf("IsStd(%q) = true for a test package", d.Name())
		}
	}
	for _, path := range []string{"example.com/m", "github.com/gin-gonic/gin", "myapp/handlers"} {
		if IsStd(path) {
			t.Errorf("IsStd(%q) = true", path)
		}
	}
}
