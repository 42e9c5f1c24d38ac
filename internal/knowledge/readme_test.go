package knowledge

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeLifecycle ties the README's lifecycle section to the tables:
// every writer model has its rules, and every call of the standard
// library that the lifecycle follows is named in the README.
func TestReadmeLifecycle(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	for _, w := range writerModels {
		if _, ok := modelRules[w.Model]; !ok {
			t.Errorf("model %s has no rules", w.Model)
		}
	}
	for key := range effects {
		if strings.Contains(PackageOf(key), ".") {
			continue // a framework's: the README names the framework
		}
		name := key[strings.LastIndex(key, ".")+1:]
		if !strings.Contains(readme, name) {
			t.Errorf("README does not name %s", key)
		}
	}
}
