package analyzer_test

import (
	"fmt"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/testmod"
)

// realFrameworks is the module that pins every supported framework.
var realFrameworks, _ = filepath.Abs(filepath.Join("..", "testdata", "frameworks"))

// demo is the demo service of the README, a module of its own.
var demo, _ = filepath.Abs(filepath.Join("..", "examples", "demo"))

// TestRealFrameworks runs statuslint over handlers written against the real
// frameworks, at the versions testdata/frameworks/go.mod pins, and checks
// every diagnostic against the packages' // want comments.
func TestRealFrameworks(t *testing.T) {
	t.Parallel()
	testmod.Download(t, realFrameworks)
	analysistest.Run(t, realFrameworks, codeChecks, "./...")
}

// keyTypes loads, once per test binary, every package that a key of the
// knowledge tables names from the real framework module, and returns them
// by import path, with what failed to load. The drift tests share it: one
// load of the frameworks instead of one per test.
var keyTypes = sync.OnceValues(func() (map[string]*types.Package, []string) {
	var paths []string
	keys := slices.Concat(slices.Collect(maps.Keys(knowledge.Keys())), knowledge.LifecycleKeys(), knowledge.WriterTypeNames(), knowledge.CallbackKeys())
	for _, key := range keys {
		if p := knowledge.PackageOf(key); !slices.Contains(paths, p) {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	cfg := &packages.Config{
		// From source, as analysistest does: export data would compile
		// every framework, which takes minutes on a cold build cache.
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedImports | packages.NeedDeps,
		Dir:  realFrameworks,
		Env:  append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		return nil, []string{err.Error()}
	}
	byPath := map[string]*types.Package{}
	var errs []string
	for _, p := range pkgs {
		for _, e := range p.Errors {
			errs = append(errs, fmt.Sprintf("%s: %v (is it imported by testdata/frameworks/deps?)", p.PkgPath, e))
		}
		if p.Types != nil {
			byPath[p.PkgPath] = p.Types
		}
	}
	return byPath, errs
})

// keyPackages returns the packages of keyTypes, after downloading the real
// framework module's requirements (the load turns the proxy off); a
// package that does not load is a test error.
func keyPackages(t *testing.T) map[string]*types.Package {
	t.Helper()
	testmod.Download(t, realFrameworks)
	byPath, errs := keyTypes()
	for _, e := range errs {
		t.Error(e)
	}
	return byPath
}

// TestKnowledgeDrift checks every key of the knowledge tables against the
// real modules: each names a function, method or field that exists, a sink's
// argument at the recorded index has an integer type, and a route's or
// adapter's argument indexes are in range. A framework release that renames
// or reorders a parameter fails here rather than silently.
func TestKnowledgeDrift(t *testing.T) {
	t.Parallel()
	keys := knowledge.Keys()
	byPath := keyPackages(t)
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range keys {
			if !yield(k) {
				return
			}
		}
	})
	for _, key := range names {
		pkg := byPath[knowledge.PackageOf(key)]
		if pkg == nil {
			t.Errorf("%s: package %s not loaded", key, knowledge.PackageOf(key))
			continue
		}
		if _, ok := knowledge.LookupField(key); ok {
			if err := checkField(pkg, key); err != "" {
				t.Errorf("%s: %s", key, err)
			}
			continue
		}
		sig, err := resolveFunc(pkg, key)
		if err != "" {
			t.Errorf("%s: %s", key, err)
			continue
		}
		if s, ok := knowledge.LookupSink(key); ok {
			if !isIntParam(sig, s.Arg) {
				t.Errorf("%s: parameter %d is not an integer in %s", key, s.Arg, sig)
			}
		}
		if ps := knowledge.Params(key); ps != nil || sig.Params().Len() == 0 {
			// The tables name each parameter: a renamed or reordered one
			// fails here. Interfaces leave theirs unnamed.
			if len(ps) != sig.Params().Len() {
				t.Errorf("%s: the tables name %d parameters %v, %s has %d", key, len(ps), ps, sig, sig.Params().Len())
			} else {
				for i, name := range ps {
					if real := sig.Params().At(i).Name(); real != "" && real != "_" && real != name {
						t.Errorf("%s: parameter %d is %s, the tables say %s", key, i, real, name)
					}
				}
			}
		}
		if i, ok := knowledge.LookupPrefixOption(key); ok && !isString(param(sig, i)) {
			t.Errorf("%s: prefix parameter %d is not a string in %s", key, i, sig)
		}
		if r, ok := knowledge.LookupRoute(key); ok {
			if r.Structs >= 0 {
				st := param(sig, r.Structs)
				if sl, ok := st.(*types.Slice); ok {
					st = sl.Elem()
				}
				for _, f := range []string{r.StructPath, r.StructHandler, r.StructMiddleware} {
					if obj, _, _ := types.LookupFieldOrMethod(st, false, nil, f); f != "" && obj == nil {
						t.Errorf("%s: the route struct %s has no field %s", key, st, f)
					}
				}
			}
			for what, i := range map[string]int{"path": r.Path, "handlers": r.Handlers, "func": r.Func, "middleware": r.Middleware, "router": r.RouterArg, "options": r.Options} {
				if i >= 0 && param(sig, i) == nil {
					t.Errorf("%s: %s index %d out of range in %s", key, what, i, sig)
				}
			}
			if p := param(sig, r.Path); p != nil && r.PathField != "" {
				// huma's Register takes its path in Operation.Path.
				if obj, _, _ := types.LookupFieldOrMethod(p, false, nil, r.PathField); obj == nil || !isString(obj.Type()) {
					t.Errorf("%s: parameter %d has no string field %s in %s", key, r.Path, r.PathField, sig)
				}
			} else if p != nil && !isString(p) && !types.IsInterface(p) {
				// fiber's Use(args ...any) takes an optional leading prefix.
				t.Errorf("%s: path parameter %d is neither a string nor an interface in %s", key, r.Path, sig)
			}
			if r.Func >= 0 {
				if _, ok := param(sig, r.Func).Underlying().(*types.Signature); !ok {
					t.Errorf("%s: parameter %d is not a func in %s", key, r.Func, sig)
				}
			}
		}
		if i, ok := knowledge.LookupAdapter(key); ok && param(sig, i) == nil {
			t.Errorf("%s: handler index %d out of range in %s", key, i, sig)
		}
		if knowledge.IsMiddleware(key) && !isMiddleware(sig) {
			t.Errorf("%s: returns no func(http.Handler) http.Handler in %s", key, sig)
		}
	}
	t.Logf("checked %d keys in %d packages", len(names), len(byPath))
}

// TestCallbackDrift checks the status callbacks of the knowledge tables
// against the real modules: the argument is a function whose result at
// the recorded index is an integer.
func TestCallbackDrift(t *testing.T) {
	t.Parallel()
	keys := knowledge.CallbackKeys()
	byPath := keyPackages(t)
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

// resolveFunc finds the function, method or function-valued variable that
// a (*types.Func).FullName-style key names.
func resolveFunc(pkg *types.Package, key string) (*types.Signature, string) {
	if strings.HasPrefix(key, "(") {
		recv, method, ok := strings.Cut(key[1:], ").")
		if !ok {
			return nil, "malformed method key"
		}
		ptr := strings.HasPrefix(recv, "*")
		typeName := recv[strings.LastIndex(recv, ".")+1:]
		obj, ok := pkg.Scope().Lookup(typeName).(*types.TypeName)
		if !ok {
			return nil, "no type " + typeName
		}
		t := obj.Type()
		if ptr {
			t = types.NewPointer(t)
		}
		m, _, _ := types.LookupFieldOrMethod(t, false, nil, method)
		fn, ok := m.(*types.Func)
		if !ok {
			return nil, "no method " + method + " on " + recv
		}
		if fn.FullName() != key {
			return nil, "resolves to " + fn.FullName()
		}
		return fn.Signature(), ""
	}
	name := key[len(pkg.Path())+1:]
	switch obj := pkg.Scope().Lookup(name).(type) {
	case *types.Func:
		return obj.Signature(), ""
	case *types.Var: // a function-valued variable, such as huma.NewError
		if sig, ok := obj.Type().Underlying().(*types.Signature); ok {
			return sig, ""
		}
	}
	return nil, "no function " + name
}

// checkField checks a "package/path.Type.Field" key: an integer field.
func checkField(pkg *types.Package, key string) string {
	typeName, field, ok := strings.Cut(key[len(pkg.Path())+1:], ".")
	if !ok {
		return "malformed field key"
	}
	obj, ok := pkg.Scope().Lookup(typeName).(*types.TypeName)
	if !ok {
		return "no type " + typeName
	}
	st, ok := obj.Type().Underlying().(*types.Struct)
	if !ok {
		return typeName + " is not a struct"
	}
	for f := range st.Fields() {
		if f.Name() == field {
			if !isInteger(f.Type()) {
				return "field is not an integer: " + f.Type().String()
			}
			return ""
		}
	}
	return "no field " + field
}

// param returns the type of parameter i, the element type of a variadic
// one, or nil.
func param(sig *types.Signature, i int) types.Type {
	n := sig.Params().Len()
	switch {
	case i < 0:
		return nil
	case i < n-1 || (i == n-1 && !sig.Variadic()):
		return sig.Params().At(i).Type()
	case sig.Variadic() && i >= n-1:
		return sig.Params().At(n - 1).Type().(*types.Slice).Elem()
	}
	return nil
}

// isMiddleware reports whether sig returns a func(http.Handler)
// http.Handler.
func isMiddleware(sig *types.Signature) bool {
	if sig.Results().Len() != 1 {
		return false
	}
	mw, ok := sig.Results().At(0).Type().Underlying().(*types.Signature)
	return ok && mw.Params().Len() == 1 && mw.Results().Len() == 1 &&
		mw.Params().At(0).Type().String() == "net/http.Handler" && mw.Results().At(0).Type().String() == "net/http.Handler"
}

func isIntParam(sig *types.Signature, i int) bool { return isInteger(param(sig, i)) }

func isInteger(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// TestDemo runs statuslint over the README's demo service and checks that
// it shows every kind of diagnostic, in its net/http part and in its gin
// part.
func TestDemo(t *testing.T) {
	t.Parallel()
	testmod.Download(t, demo)
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  demo,
		Env:  append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the demo does not type-check")
	}
	// Every category on, as the command runs (codeChecks turns some off).
	a, err := analyzer.New(analyzer.Config{})
	if err != nil {
		t.Fatal(err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{} // "package category"
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			got[act.Package.Name+" "+d.Category] = true
			if strings.Contains(d.Message, `public route "/shop/`) {
				// The shop's router is served under /shop by main: its
				// exposure is decided there, at the mount.
				got["shop route at the mount"] = act.Package.Name == "main"
			}
			t.Logf("%s: %s [%s]", act.Package.Fset.Position(d.Pos), d.Message, d.Category)
		}
	}
	for _, want := range []string{
		"main range", "main description", "main fallback", "main directive",
		"main superfluous", "main redirect", "main bodyless", "main header", "main undocumented",
		"shop range", "shop description", "shop route at the mount",
	} {
		if !got[want] {
			t.Errorf("the demo shows no %s diagnostic", want)
		}
	}
}
