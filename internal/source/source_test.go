package source

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"math"
	"testing"
)

func TestSource(t *testing.T) {
	fset := token.NewFileSet()
	a, err := parser.ParseFile(fset, "a.go", "package p\n\nconst (\n\tsmall = 499\n\thuge = 1 << 70\n\tneg = -(1 << 70)\n\tfl = 2.0\n\tstr = \"x\"\n)\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := parser.ParseFile(fset, "b_test.go", "package p\n\nvar v = small\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{a, b}, info); err != nil {
		t.Fatal(err)
	}
	files := []*ast.File{a, b}
	if FileOf(files, b.Decls[0].Pos()) != b || FileOf(files, a.Decls[0].Pos()) != a || FileOf(files, token.NoPos) != nil {
		t.Error("FileOf finds the wrong file")
	}
	if InTest(fset, a.Pos()) || !InTest(fset, b.Pos()) || InTest(fset, token.NoPos) {
		t.Error("InTest is wrong")
	}
	for _, tc := range []struct {
		i    int
		want int64
		ok   bool
	}{{0, 499, true}, {1, math.MaxInt64, true}, {2, math.MinInt64, true}, {3, 2, true}, {4, 0, false}} {
		spec := a.Decls[0].(*ast.GenDecl).Specs[tc.i].(*ast.ValueSpec)
		if got, ok := IntConst(info, spec.Values[0]); got != tc.want || ok != tc.ok {
			t.Errorf("IntConst(%s) = %d, %v; want %d, %v", spec.Names[0], got, ok, tc.want, tc.ok)
		}
	}
}
