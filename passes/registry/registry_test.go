package registry_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/passes/registry"
)

func TestFacts(t *testing.T) {
	testdata, _ := filepath.Abs(filepath.Join("..", "..", "testdata"))
	results := analysistest.Run(t, testdata, registry.Analyzer, "registry/codes", "registry/leaf")
	user := results[1].Result.(*registry.Result)
	// leaf sees the registrations of codes, a dependency of a dependency.
	if reg, ok := user.Lookup(499); !ok || reg.Fallback != 400 || reg.Where != "registry/codes" {
		t.Errorf("Lookup(499) = %+v, %v", reg, ok)
	}
	if _, ok := user.Lookup(477); ok {
		t.Error("477 is not registered")
	}
}
