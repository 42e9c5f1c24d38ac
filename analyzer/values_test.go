package analyzer_test

import (
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/testmod"
)

// TestGuards checks that a value a guard excludes is not sent: optional
// status parameters (if code != 0, if code > 0, early returns), mappers
// that replace or pass through their parameter, the caller's test of a
// mapper's result, in one package and across packages.
func TestGuards(t *testing.T) {
	analysistest.Run(t, testdata, codeChecks, "guards/respond", "guards/app")
}

// TestShapes checks the value shapes beyond variables and mappers: status
// tables, statuses returned by methods (through the concrete type and
// through an interface), getters of status fields, unkeyed literals.
func TestShapes(t *testing.T) {
	analysistest.Run(t, testdata, codeChecks, "shapes/errs", "shapes/app", "shapes/api")
}

// TestCallbackDrift checks the status callbacks of the knowledge tables
// against the real modules: the argument is a function whose result at
// the recorded index is an integer.
func TestCallbackDrift(t *testing.T) {
	testmod.Download(t, realFrameworks)
	keys := knowledge.CallbackKeys()
	byPath := loadKeyPackages(t, keys)
	for _, key := range keys {
		cb, _ := knowledge.LookupCallback(key)
		pkg := byPath[knowledge.PackageOf(key)]
		if pkg == nil {
			t.Errorf("%s: package not loaded", key)
			continue
		}
		sig, msg := resolveFunc(pkg, key)
		if msg != "" {
			t.Errorf("%s: %s", key, msg)
			continue
		}
		fn, ok := types.Unalias(param(sig, cb.Arg)).Underlying().(*types.Signature)
		if !ok {
			t.Errorf("%s: parameter %d is not a func in %s", key, cb.Arg, sig)
			continue
		}
		if cb.Result >= fn.Results().Len() || !isInteger(fn.Results().At(cb.Result).Type()) {
			t.Errorf("%s: result %d of the callback is not an integer in %s", key, cb.Result, fn)
		}
	}
	if len(keys) == 0 {
		t.Error("no callbacks checked")
	}
}
