package flow_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/flow"
)

const src = `package p

func a()         {}
func b()         {}
func c()         {}
func fatal()     { panic(0) }
func cond() bool { return true }

func loop() {
	for cond() {
		b() // an earlier iteration called a
		a()
	}
	c()
}

func rangeLoop(xs []int) {
	for range xs {
		a()
	}
	b() // after a loop whose body called a
}

func deferred() {
	defer a() // runs after b, at the return
	b()
}

func deferredClosure(x bool) {
	defer func() {
		c() // the closure runs at the exit, after b
	}()
	if x {
		return
	}
	b()
}

func panics(x bool) {
	defer c() // not at the panic
	if x {
		a()
		panic("x")
	}
	b()
}

func closure() {
	fn := func() { a() }
	fn()
	b() // after the closure called a
}

func reassigned() {
	fn := func() { a() }
	fn = func() {}
	fn()
	b() // fn is reassigned: not followed
}

func noReturn(x bool) {
	if x {
		a()
		fatal()
	}
	b() // fatal never returns
}

func never() {
	const impossible = false
	if impossible {
		a()
	}
	b() // the client cuts the edge into the branch
}

func switches(x int) {
	switch x {
	case 1:
		a()
	case 2, 3:
		c()
	}
	b()
}

func elseIf(x int) {
	if x == 1 {
		a()
	} else if x == 2 {
		c()
	}
	b()
}
`

// called is a "may" lattice: the functions that may have been called,
// one bit per letter.
type called uint32

type client struct {
	info  *types.Info
	conds []string
}

func (client) Join(x, y called) called      { return x | y }
func (client) Equal(x, y called) bool       { return x == y }
func (client) Node(ast.Node, called) called { panic("unused") }

func (c *client) Call(call *ast.CallExpr, s called) called {
	if id, ok := call.Fun.(*ast.Ident); ok && len(id.Name) == 1 {
		s |= 1 << (id.Name[0] - 'a')
	}
	return s
}

func (c *client) Branch(cond flow.Cond, taken bool, s called) (called, bool) {
	if id, ok := cond.Expr.(*ast.Ident); ok && id.Name == "impossible" {
		return s, !taken
	}
	kind := "if"
	if cond.Switch != nil {
		kind = "case"
	}
	c.conds = append(c.conds, kind)
	return s, true
}

func (s called) String() string {
	var b strings.Builder
	for i := range 26 {
		if s&(1<<i) != 0 {
			b.WriteByte(byte('a' + i))
		}
	}
	return b.String()
}

// nodeClient is client with Node as the identity.
type nodeClient struct{ *client }

func (nodeClient) Node(_ ast.Node, s called) called { return s }

func solve(t *testing.T, name string) (before map[string]string, exit string, conds []string, beforeB string) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Name.Name != name {
			continue
		}
		mayReturn := func(call *ast.CallExpr) bool {
			id, ok := call.Fun.(*ast.Ident)
			return !ok || id.Name != "fatal" && id.Name != "panic"
		}
		g := flow.New(fd.Body, info, mayReturn, flow.NewVars(info, fd))
		cl := nodeClient{&client{info: info}}
		res := flow.Forward[called](g, 0, cl)
		if !res.Complete() {
			t.Fatalf("%s: incomplete", name)
		}
		// Before agrees with the replay at the statement of each call.
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if es, ok := n.(*ast.ExprStmt); ok {
				if call, ok := es.X.(*ast.CallExpr); ok {
					if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "b" {
						if s, ok := res.Before(es); ok {
							beforeB = "[" + s.String() + "]"
						}
					}
				}
			}
			return true
		})
		before = map[string]string{}
		res.Replay(func(call *ast.CallExpr, s called) {
			if id, ok := call.Fun.(*ast.Ident); ok && len(id.Name) == 1 {
				before[id.Name] += "[" + s.String() + "]"
			}
		})
		if s, ok := res.Exit(); ok {
			exit = s.String()
		} else {
			exit = "never"
		}
		return before, exit, cl.conds, beforeB
	}
	t.Fatalf("no function %s", name)
	return nil, "", nil, ""
}

func TestForward(t *testing.T) {
	for _, tc := range []struct {
		fn     string
		call   string // the call whose states before it are checked
		before string // "[state]" per visit in the replay
		exit   string
	}{
		{"loop", "b", "[ab]", "abc"},
		{"loop", "c", "[ab]", "abc"},
		{"rangeLoop", "b", "[a]", "ab"},
		{"deferred", "a", "[b]", "ab"},
		{"deferredClosure", "c", "[][b]", "bc"}, // two returns,
		{"panics", "c", "[b]", "bc"},
		{"closure", "a", "[]", "ab"},
		{"closure", "b", "[a]", "ab"},
		{"reassigned", "b", "[]", "b"},
		{"noReturn", "b", "[]", "b"},
		{"never", "b", "[]", "b"},
		{"switches", "b", "[ac]", "abc"},
		{"elseIf", "b", "[ac]", "abc"},
	} {
		before, exit, _, beforeB := solve(t, tc.fn)
		if got := before[tc.call]; got != tc.before {
			t.Errorf("%s: before %s: %s, want %s", tc.fn, tc.call, got, tc.before)
		}
		if tc.call == "b" && tc.fn != "deferred" && beforeB != tc.before {
			t.Errorf("%s: Before(b) %s, want %s", tc.fn, beforeB, tc.before)
		}
		if exit != tc.exit {
			t.Errorf("%s: exit %s, want %s", tc.fn, exit, tc.exit)
		}
	}
}

// TestConds checks that switch cases come with their switch, and that
// every case expression and every condition of an else-if chain is a
// branch.
func TestConds(t *testing.T) {
	_, _, conds, _ := solve(t, "switches")
	if want := []string{"case", "case", "case", "case", "case", "case"}; !slices.Equal(conds, want) {
		t.Errorf("switches: %q, want %q", conds, want)
	}
	_, _, conds, _ = solve(t, "elseIf")
	if want := []string{"if", "if", "if", "if"}; !slices.Equal(conds, want) {
		t.Errorf("elseIf: %q, want %q", conds, want)
	}
}

func TestVars(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "v.go", `package v
func f(p, q, r int) {
	s := 0
	p = 1
	g := func() { q++ }
	g()
	_ = &r
	h := func() {}
	s, t := 2, 3
	_, _, _ = s, t, h
	var k = func() {}
	k()
}`, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{}).Check("v", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	vars := flow.NewVars(info, f)
	byName := map[string]*types.Var{}
	for id, obj := range info.Defs {
		if v, ok := obj.(*types.Var); ok {
			byName[id.Name] = v
		}
	}
	for _, tc := range []struct {
		name                             string
		reassigned, addr, captured, clos bool
	}{
		{"p", true, false, false, false},
		{"q", true, false, true, false},
		{"r", false, true, false, false},
		{"s", true, false, false, false}, // redeclared by s, t :=
		{"t", false, false, false, false},
		{"g", false, false, false, true},
		{"h", false, false, false, true},
		{"k", false, false, false, true},
	} {
		v := byName[tc.name]
		if v == nil {
			t.Fatalf("no variable %s", tc.name)
		}
		if got := vars.Reassigned(v); got != tc.reassigned {
			t.Errorf("%s: reassigned %v", tc.name, got)
		}
		if got := vars.AddressTaken(v); got != tc.addr {
			t.Errorf("%s: address taken %v", tc.name, got)
		}
		if got := vars.Captured(v); got != tc.captured {
			t.Errorf("%s: captured %v", tc.name, got)
		}
		if got := vars.Closure(v) != nil; got != tc.clos {
			t.Errorf("%s: closure %v", tc.name, got)
		}
	}
}

// counter is a lattice of unbounded height: a loop never converges.
type counter struct{}

func (counter) Join(x, y int) int                             { return max(x, y) }
func (counter) Equal(x, y int) bool                           { return x == y }
func (counter) Call(_ *ast.CallExpr, s int) int               { return s + 1 }
func (counter) Node(_ ast.Node, s int) int                    { return s }
func (counter) Branch(_ flow.Cond, _ bool, s int) (int, bool) { return s, true }

// TestBound checks that a client lattice that does not converge stops at
// the bound, with an incomplete result that replays nothing.
func TestBound(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "l.go", "package l\nfunc a()\nfunc l(x bool) {\n\tfor x {\n\t\ta()\n\t}\n}\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{}).Check("l", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	fd := f.Decls[1].(*ast.FuncDecl)
	res := flow.Forward[int](flow.New(fd.Body, info, func(*ast.CallExpr) bool { return true }, nil), 0, counter{})
	if res.Complete() {
		t.Fatal("complete, want incomplete")
	}
	res.Replay(func(*ast.CallExpr, int) { t.Error("replayed an incomplete result") })
}
