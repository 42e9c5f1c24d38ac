package registry_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/passes/registry"
)

func TestFacts(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), registry.Analyzer, "registry/codes", "registry/leaf")
	user := results[1].Result.(*registry.Result)
	// leaf sees the registrations of codes, a dependency of a dependency.
	if reg, ok := user.Lookup(499); !ok || reg.Fallback != 400 || reg.Where != "registry/codes" {
		t.Errorf("Lookup(499) = %+v, %v", reg, ok)
	}
	if _, ok := user.Lookup(477); ok {
		t.Error("477 is not registered")
	}
}
