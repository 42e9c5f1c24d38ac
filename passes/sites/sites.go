package sites

import (
	"go/ast"
	"go/constant"
	"go/types"
	"math"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/knowledge"
)

// Analyzer finds status-code sites; see the package doc.
var Analyzer = &analysis.Analyzer{
	Name:       "sites",
	Doc:        "find the expressions that set an HTTP response status",
	URL:        "https://github.com/statuslint/statuslint#what-statuslint-follows",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

// Result lists the package's status-code sites in source order.
type Result struct {
	Sites []*Site
}

// Func is a function of the package: a declared function or method, or a
// function literal. Exactly one field is set.
type Func struct {
	Obj *types.Func
	Lit *ast.FuncLit
}

// Site is an expression whose value becomes a response status.
type Site struct {
	Node    ast.Node // the call, composite literal or assignment
	Arg     ast.Expr // the status-code expression
	Callee  string   // what the message names: "http.Error", "gin.Context.JSON", "echo.HTTPError.Code"
	Runtime knowledge.Runtime
	Codes   []Code // the codes Arg can hold; empty when unknown
	Func    Func   // the function that contains the site; zero at package level
}

// Code is a constant that a site can send.
type Code struct {
	Value int64    // math.MaxInt64 for an integer too large for int64
	Expr  ast.Expr // where the constant stands in this package
}

func run(pass *analysis.Pass) (any, error) {
	res := new(Result)
	if !importsHTTP(pass.Pkg) {
		return res, nil
	}
	c := &collector{pass: pass, res: res, writer: responseWriter(pass.Pkg)}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.call(cur, n)
		case *ast.CompositeLit:
			c.compositeLit(cur, n)
		case *ast.AssignStmt:
			c.assign(cur, n)
		}
	}
	return res, nil
}

type collector struct {
	pass   *analysis.Pass
	res    *Result
	writer *types.Interface // net/http.ResponseWriter, nil if not imported
}

func (c *collector) call(cur inspector.Cursor, call *ast.CallExpr) {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return
	}
	arg, rt := -1, knowledge.NetHTTP
	if s, ok := knowledge.LookupSink(fn.FullName()); ok {
		arg, rt = s.Arg, s.Runtime
	} else if c.isWriteHeader(fn) {
		arg = 0
	}
	if arg < 0 || arg >= len(call.Args) {
		return
	}
	c.add(cur, call, call.Args[arg], Name(fn, c.pass.Pkg), rt)
}

func (c *collector) compositeLit(cur inspector.Cursor, lit *ast.CompositeLit) {
	named := namedStruct(c.pass.TypesInfo.TypeOf(lit))
	if named == nil {
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if key, ok := kv.Key.(*ast.Ident); ok {
			c.field(cur, lit, named, key.Name, kv.Value)
		}
	}
}

func (c *collector) assign(cur inspector.Cursor, as *ast.AssignStmt) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := lhs.(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if named := fieldOwner(c.pass.TypesInfo.Selections[sel]); named != nil {
			c.field(cur, as, named, sel.Sel.Name, as.Rhs[i])
		}
	}
}

func (c *collector) field(cur inspector.Cursor, n ast.Node, owner *types.Named, field string, value ast.Expr) {
	obj := owner.Obj()
	if obj.Pkg() == nil {
		return
	}
	key := obj.Pkg().Path() + "." + obj.Name() + "." + field
	if rt, ok := knowledge.LookupField(key); ok {
		c.add(cur, n, value, qualify(obj.Pkg(), c.pass.Pkg)+obj.Name()+"."+field, rt)
	}
}

func (c *collector) add(cur inspector.Cursor, n ast.Node, arg ast.Expr, callee string, rt knowledge.Runtime) {
	c.res.Sites = append(c.res.Sites, &Site{
		Node:    n,
		Arg:     arg,
		Callee:  callee,
		Runtime: rt,
		Codes:   constCodes(c.pass.TypesInfo, arg),
		Func:    Enclosing(c.pass.TypesInfo, cur),
	})
}

// isWriteHeader reports whether fn is WriteHeader(int) on a type that
// implements net/http.ResponseWriter.
func (c *collector) isWriteHeader(fn *types.Func) bool {
	sig := fn.Signature()
	if c.writer == nil || fn.Name() != "WriteHeader" || sig.Recv() == nil || sig.Params().Len() != 1 {
		return false
	}
	if b, ok := sig.Params().At(0).Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return false
	}
	t := sig.Recv().Type()
	if types.Implements(t, c.writer) {
		return true
	}
	_, isPtr := t.(*types.Pointer)
	return !isPtr && !types.IsInterface(t) && types.Implements(types.NewPointer(t), c.writer)
}

// constCodes returns the constant value of e, if it has one.
func constCodes(info *types.Info, e ast.Expr) []Code {
	v, ok := IntConst(info, e)
	if !ok {
		return nil
	}
	return []Code{{v, e}}
}

// IntConst returns the integer constant value of e.
func IntConst(info *types.Info, e ast.Expr) (int64, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v := constant.ToInt(tv.Value)
	if v.Kind() != constant.Int {
		return 0, false
	}
	if i, exact := constant.Int64Val(v); exact {
		return i, true
	}
	if constant.Sign(v) < 0 {
		return math.MinInt64, true
	}
	return math.MaxInt64, true
}

// Enclosing returns the innermost function around cur.
func Enclosing(info *types.Info, cur inspector.Cursor) Func {
	for e := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := e.Node().(type) {
		case *ast.FuncLit:
			return Func{Lit: n}
		case *ast.FuncDecl:
			fn, _ := info.Defs[n.Name].(*types.Func)
			return Func{Obj: fn}
		}
	}
	return Func{}
}

// importsHTTP reports whether pkg imports a package that the knowledge
// tables name, or net/http/httptest.
func importsHTTP(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if knowledge.Knows(imp.Path()) || imp.Path() == "net/http/httptest" {
			return true
		}
	}
	return knowledge.Knows(pkg.Path())
}

// responseWriter finds net/http.ResponseWriter among pkg's dependencies.
func responseWriter(pkg *types.Package) *types.Interface {
	seen := map[*types.Package]bool{}
	queue := []*types.Package{pkg}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if p.Path() == "net/http" {
			if obj, ok := p.Scope().Lookup("ResponseWriter").(*types.TypeName); ok {
				iface, _ := obj.Type().Underlying().(*types.Interface)
				return iface
			}
			return nil
		}
		for _, imp := range p.Imports() {
			if !seen[imp] {
				seen[imp] = true
				queue = append(queue, imp)
			}
		}
	}
	return nil
}

// Name returns how messages name fn: "http.Error",
// "http.ResponseWriter.WriteHeader", "gin.Context.JSON"; names from the
// package pkg are left unqualified.
func Name(fn *types.Func, pkg *types.Package) string {
	if recv := fn.Signature().Recv(); recv != nil {
		if named := namedOf(recv.Type()); named != nil {
			return qualify(named.Obj().Pkg(), pkg) + named.Obj().Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	return qualify(fn.Pkg(), pkg) + fn.Name()
}

func qualify(p, from *types.Package) string {
	if p == nil || p == from {
		return ""
	}
	return p.Name() + "."
}

func namedOf(t types.Type) *types.Named {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, _ := types.Unalias(t).(*types.Named)
	return named
}

func namedStruct(t types.Type) *types.Named {
	named := namedOf(t)
	if named == nil {
		return nil
	}
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return nil
	}
	return named
}

// fieldOwner returns the struct type that declares the field sel selects,
// following embedded fields.
func fieldOwner(sel *types.Selection) *types.Named {
	if sel == nil || sel.Kind() != types.FieldVal {
		return nil
	}
	t := sel.Recv()
	path := sel.Index()
	for _, i := range path[:len(path)-1] {
		named := namedStruct(t)
		if named == nil {
			return nil
		}
		t = named.Underlying().(*types.Struct).Field(i).Type()
	}
	return namedStruct(t)
}
