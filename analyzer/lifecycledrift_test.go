package analyzer_test

import (
	"go/types"
	"strconv"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/knowledge"
)

// TestLifecycleKnowledgeDrift checks the lifecycle tables against the real
// modules and the standard library: every key names a function, method or
// field that exists; a status argument is an integer, a header key and a
// body argument are in range; every writer type exists.
func TestLifecycleKnowledgeDrift(t *testing.T) {
	t.Parallel()
	keys := knowledge.LifecycleKeys()
	writerTypes := knowledge.WriterTypeNames()
	byPath := keyPackages(t)
	for _, name := range writerTypes {
		pkg := byPath[knowledge.PackageOf(name)]
		typeName := name[strings.LastIndex(name, ".")+1:]
		if pkg == nil || pkg.Scope().Lookup(typeName) == nil {
			t.Errorf("writer type %s does not exist", name)
		}
	}
	for _, key := range keys {
		pkg := byPath[knowledge.PackageOf(key)]
		if pkg == nil {
			t.Errorf("%s: package not loaded", key)
			continue
		}
		effects := knowledge.LookupEffects(key)
		if len(effects) == 0 {
			// A view: a field "pkg.Type.Field" or a method.
			if !strings.HasPrefix(key, "(") {
				typeName, field, _ := strings.Cut(key[len(pkg.Path())+1:], ".")
				obj, ok := pkg.Scope().Lookup(typeName).(*types.TypeName)
				if !ok {
					t.Errorf("%s: no type %s", key, typeName)
					continue
				}
				if f, _, _ := types.LookupFieldOrMethod(obj.Type(), false, pkg, field); f == nil {
					t.Errorf("%s: no field %s", key, field)
				}
				continue
			}
			if _, err := resolveFunc(pkg, key); err != "" {
				t.Errorf("%s: %s", key, err)
			}
			continue
		}
		sig, err := resolveFunc(pkg, key)
		if err != "" {
			t.Errorf("%s: %s", key, err)
			continue
		}
		for _, e := range effects {
			if e.Status >= 0 && !isIntParam(sig, e.Status) {
				t.Errorf("%s: status parameter %d is not an integer in %s", key, e.Status, sig)
			}
			for what, i := range map[string]int{"writer": e.Writer, "body": e.Body, "key": e.Key} {
				if i >= 0 && param(sig, i) == nil {
					t.Errorf("%s: %s index %d out of range in %s", key, what, i, sig)
				}
			}
			if e.Key >= 0 && !isString(param(sig, e.Key)) {
				t.Errorf("%s: header key %d is not a string in %s", key, e.Key, sig)
			}
			if e.Writer >= 0 && !isWriterParam(sig, e.Writer) {
				t.Errorf("%s: writer parameter %d is no writer type of the tables in %s", key, e.Writer, sig)
			}
			// A redirect API that sends nothing for a code it refuses (gin
			// panics, echo returns an error) commits nothing then: its
			// effect names the redirect rule of its sink.
			if s, ok := knowledge.LookupSink(key); ok && knowledge.IsRedirect(s.Runtime) || e.Redirect != "" {
				if !ok || e.Redirect != s.Runtime && !knowledge.RedirectSendsRefused(s.Runtime) || s.Arg != e.Status {
					t.Errorf("%s: effect redirect %q status %d, sink %+v", key, e.Redirect, e.Status, s)
				}
			}
		}
	}
	// The status a write sends when none was recorded, in the runtime's
	// own source.
	for model, name := range map[knowledge.Model]string{knowledge.ModelGin: "github.com/gin-gonic/gin.defaultStatus"} {
		pkg := byPath[knowledge.PackageOf(name)]
		c, ok := pkg.Scope().Lookup(name[strings.LastIndex(name, ".")+1:]).(*types.Const)
		if !ok {
			t.Errorf("%s: no constant", name)
			continue
		}
		if got, want := c.Val().ExactString(), strconv.Itoa(knowledge.RulesOf(model).Default); got != want || !knowledge.RulesOf(model).Recorded {
			t.Errorf("%s = %s, the %s rules say %s", name, got, model, want)
		}
	}
	t.Logf("checked %d keys and %d writer types", len(keys), len(writerTypes))
}

// isWriterParam reports whether parameter i of sig has a writer type of
// the lifecycle tables, or is an io.Writer (fmt.Fprint and the like, which
// write to the writer they are given).
func isWriterParam(sig *types.Signature, i int) bool {
	t := param(sig, i)
	if t == nil {
		return false
	}
	name := types.TypeString(t, nil)
	_, ok := knowledge.WriterOf(name)
	return ok || name == "io.Writer"
}
