package sends

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/directive"
	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/status"
	"github.com/statuslint/statuslint/passes/registry"
	"github.com/statuslint/statuslint/passes/sites"
)

// Analyzer finds what each function can send; see the package doc.
var Analyzer = &analysis.Analyzer{
	Name:       "sends",
	Doc:        "find the status codes each function can send",
	URL:        "https://github.com/statuslint/statuslint#public-and-internal-routes",
	Requires:   []*analysis.Analyzer{inspect.Analyzer, sites.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(sendsFact), new(hasSends)},
}

// Where is the position of a code, its file named by the package path and
// the file's base name: "example.com/m/handlers/handlers.go:12:16".
type Where struct {
	File      string
	Line, Col int
}

func (w Where) String() string { return fmt.Sprintf("%s:%d:%d", w.File, w.Line, w.Col) }

// Compare orders positions by file, line and column.
func (w Where) Compare(v Where) int {
	return cmp.Or(strings.Compare(w.File, v.File), cmp.Compare(w.Line, v.Line), cmp.Compare(w.Col, v.Col))
}

// Sent is a status code, standard or custom, that a function can send.
type Sent struct {
	Code int64
	// Expr is the constant, when it stands in this package.
	Expr ast.Expr
	// Via is the function of another package that sends it, and Where the
	// position of the constant there; set when Expr is nil.
	Via   *types.Func
	Where Where
}

// compare orders the codes of a function: the package's own constants by
// position, then the codes of other packages by code, position and
// function.
func compare(a, b Sent) int {
	switch {
	case a.Expr != nil && b.Expr != nil:
		return cmp.Compare(a.Expr.Pos(), b.Expr.Pos())
	case a.Expr != nil:
		return -1
	case b.Expr != nil:
		return 1
	}
	return cmp.Or(cmp.Compare(a.Code, b.Code), a.Where.Compare(b.Where), strings.Compare(a.Via.FullName(), b.Via.FullName()))
}

// Result tells what the functions of the package, and the functions of
// other packages it refers to, can send.
type Result struct {
	pass  *analysis.Pass
	sends map[funcs.Func][]Sent
	decls map[*types.Func]*ast.FuncDecl

	active bool

	mu       sync.Mutex
	imported map[*types.Func]*sendsFact
}

// Active reports whether a function of the package, or of a package it
// imports, can send a status code.
func (r *Result) Active() bool { return r.active }

// Of returns the status codes in 100–599 that f can send, directly or through the
// functions it calls or refers to, in a fixed order.
func (r *Result) Of(f funcs.Func) []Sent {
	if f.Obj != nil && f.Obj.Pkg() != r.pass.Pkg {
		fact := r.fact(f.Obj)
		if fact == nil {
			return nil
		}
		sent := make([]Sent, len(fact.Codes))
		for i, c := range fact.Codes {
			sent[i] = Sent{Code: c.Code, Via: f.Obj, Where: c.Where}
		}
		return sent
	}
	return r.sends[f]
}

// Internal reports whether fn is marked //statuslint:internal, in this
// package or, through its fact, in its own.
func (r *Result) Internal(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if fn.Pkg() != r.pass.Pkg {
		fact := r.fact(fn)
		return fact != nil && fact.Internal
	}
	decl := r.decls[fn]
	return decl != nil && registry.DocMarked(decl.Doc, directive.Internal)
}

// Decl returns the declaration of a function of this package.
func (r *Result) Decl(fn *types.Func) *ast.FuncDecl { return r.decls[fn] }

// fact returns the fact of a function of another package, or nil.
func (r *Result) fact(fn *types.Func) *sendsFact {
	r.mu.Lock()
	defer r.mu.Unlock()
	if fact, ok := r.imported[fn]; ok {
		return fact
	}
	fact := new(sendsFact)
	if !r.pass.ImportObjectFact(fn, fact) {
		fact = nil
	}
	r.imported[fn] = fact
	return fact
}

// sendsFact records the status codes a function can send, each once, at
// its smallest position.
type sendsFact struct {
	Codes    []SentCode
	Internal bool // the function is marked //statuslint:internal
}

// SentCode is a code in a sendsFact.
type SentCode struct {
	Code  int64
	Where Where
}

func (*sendsFact) AFact() {}

func (f *sendsFact) String() string {
	codes := make([]string, len(f.Codes))
	for i, c := range f.Codes {
		codes[i] = fmt.Sprint(c.Code)
	}
	s := "sends(" + strings.Join(codes, ", ") + ")"
	if f.Internal {
		s += " internal"
	}
	return s
}

// hasSends marks a package that exports sendsFacts, so that its importers
// are analyzed even when they use no HTTP API themselves.
type hasSends struct{}

func (*hasSends) AFact() {}

func (*hasSends) String() string { return "hasSends" }

type state struct {
	pass    *analysis.Pass
	res     *Result
	order   []funcs.Func // every function that refers to something, in source order
	callees map[funcs.Func][]funcs.Func
	callers map[funcs.Func][]funcs.Func
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{
		pass:     pass,
		sends:    map[funcs.Func][]Sent{},
		decls:    map[*types.Func]*ast.FuncDecl{},
		imported: map[*types.Func]*sendsFact{},
	}
	sr := pass.ResultOf[sites.Analyzer].(*sites.Result)
	if !sendsAny(sr) && !importsSends(pass) {
		return res, nil // no function here can send a status code
	}
	res.active = true
	st := &state{pass: pass, res: res, callees: map[funcs.Func][]funcs.Func{}, callers: map[funcs.Func][]funcs.Func{}}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	st.collectRefs(in, handlerNodes(pass.TypesInfo, in))
	st.propagate(sr)
	st.exportFacts()
	return res, nil
}

// sendsAny reports whether a site of the package can send a status code.
func sendsAny(sr *sites.Result) bool {
	for _, s := range sr.Sites {
		for _, c := range s.Codes {
			if sendable(c.Value) {
				return true
			}
		}
	}
	return false
}

// importsSends reports whether a package that pass imports has functions
// that send status codes.
func importsSends(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(hasSends)) {
			return true
		}
	}
	return false
}

// handlerNodes returns the identifiers and function literals inside the
// handler arguments of route calls. The function that registers a route
// does not send what the route's handlers send: the route does.
func handlerNodes(info *types.Info, in *inspector.Inspector) map[ast.Node]bool {
	nodes := map[ast.Node]bool{}
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok {
			continue
		}
		shape, ok := knowledge.LookupRoute(knowledge.KeyOf(fn))
		if !ok {
			continue
		}
		for _, h := range HandlerArgs(info, call, shape) {
			ast.Inspect(h, func(n ast.Node) bool {
				switch n.(type) {
				case *ast.FuncLit:
					nodes[n] = true
					return false
				case *ast.Ident:
					nodes[n] = true
				}
				return true
			})
		}
	}
	return nodes
}

// HandlerArgs returns the handler arguments of a route call: the argument
// at shape.Handlers, and every argument after it when they fill a variadic
// parameter of the same type (fiber v3's Get(path, handler any, handlers
// ...any)); the per-route middleware from shape.Middleware on; and the
// handlers and middleware of route structs.
func HandlerArgs(info *types.Info, call *ast.CallExpr, shape knowledge.Shape) []ast.Expr {
	var args []ast.Expr
	if h := shape.Handlers; h >= 0 && h < len(call.Args) {
		sig, ok := info.TypeOf(call.Fun).(*types.Signature)
		if ok && sig.Variadic() && !call.Ellipsis.IsValid() {
			last := sig.Params().Len() - 1
			elem := sig.Params().At(last).Type().(*types.Slice).Elem()
			if h >= last || types.Identical(sig.Params().At(h).Type(), elem) {
				return call.Args[h:]
			}
		}
		args = append(args, call.Args[h])
	}
	if m := shape.Middleware; m >= 0 && m < len(call.Args) {
		args = append(args, call.Args[m:]...)
	}
	for _, r := range StructRoutes(call, shape) {
		args = append(args, r.Handlers...)
	}
	return args
}

// StructRoute is a route given as a struct literal (echo.Route{Path: …,
// Handler: …}, rest.Route{…}).
type StructRoute struct {
	Lit      *ast.CompositeLit
	Path     ast.Expr // nil when the literal sets no path
	Handlers []ast.Expr
}

// StructRoutes returns the routes that a call's struct-literal argument, or
// slice literal of them, declares.
func StructRoutes(call *ast.CallExpr, shape knowledge.Shape) []StructRoute {
	if shape.Structs < 0 || shape.Structs >= len(call.Args) {
		return nil
	}
	var lits []*ast.CompositeLit
	arg := ast.Unparen(call.Args[shape.Structs])
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		arg = ast.Unparen(u.X)
	}
	lit, ok := arg.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	if isFields(lit) {
		lits = append(lits, lit)
	} else {
		for _, elt := range lit.Elts {
			if l, ok := ast.Unparen(elt).(*ast.CompositeLit); ok && isFields(l) {
				lits = append(lits, l)
			}
		}
	}
	var routes []StructRoute
	for _, l := range lits {
		r := StructRoute{Lit: l}
		for _, elt := range l.Elts {
			kv := elt.(*ast.KeyValueExpr)
			switch kv.Key.(*ast.Ident).Name {
			case shape.StructPath:
				r.Path = kv.Value
			case shape.StructHandler:
				r.Handlers = append(r.Handlers, kv.Value)
			case shape.StructMiddleware:
				if mw, ok := ast.Unparen(kv.Value).(*ast.CompositeLit); ok {
					r.Handlers = append(r.Handlers, mw.Elts...)
				}
			}
		}
		routes = append(routes, r)
	}
	return routes
}

// isFields reports whether lit is a struct literal with keyed fields.
func isFields(lit *ast.CompositeLit) bool {
	if len(lit.Elts) == 0 {
		return false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		if _, ok := kv.Key.(*ast.Ident); !ok {
			return false
		}
	}
	return true
}

// collectRefs records, for each function, the functions it calls or refers
// to and the function literals it contains, except the handlers it
// registers.
func (st *state) collectRefs(in *inspector.Inspector, handlers map[ast.Node]bool) {
	info := st.pass.TypesInfo
	add := func(from, to funcs.Func) {
		if _, ok := st.callees[from]; !ok {
			st.order = append(st.order, from)
		}
		st.callees[from] = append(st.callees[from], to)
		st.callers[to] = append(st.callers[to], from)
	}
	for cur := range in.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.Ident)(nil)) {
		if handlers[cur.Node()] {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := info.Defs[n.Name].(*types.Func); ok {
				st.res.decls[fn] = n
			}
		case *ast.FuncLit:
			add(funcs.Enclosing(info, cur.Parent()), funcs.Func{Lit: n})
		case *ast.Ident:
			fn, ok := info.Uses[n].(*types.Func)
			if !ok || IsAbstract(fn) {
				continue
			}
			add(funcs.Enclosing(info, cur), funcs.Func{Obj: fn.Origin()})
		}
	}
}

// IsAbstract reports whether fn is an interface method.
func IsAbstract(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

// propagate gives each function of the package the codes it can
// send: its own sites', then, over a worklist of callee-to-caller edges,
// its callees'. The sets only grow and merging is order-independent, so
// the result is the same in every run.
func (st *state) propagate(sr *sites.Result) {
	sends := st.res.sends
	var work []funcs.Func
	queued := map[funcs.Func]bool{}
	push := func(f funcs.Func) {
		if !queued[f] {
			queued[f] = true
			work = append(work, f)
		}
	}
	for _, s := range sr.Sites {
		for _, c := range s.Codes {
			if sendable(c.Value) {
				if grown, ok := merge(sends[s.Func], Sent{Code: c.Value, Expr: c.Expr}); ok {
					sends[s.Func] = grown
					push(s.Func)
				}
			}
		}
	}
	for _, from := range st.order {
		for _, to := range st.callees[from] {
			if to.Obj == nil || to.Obj.Pkg() == st.pass.Pkg {
				continue
			}
			for _, s := range st.res.Of(to) {
				if grown, ok := merge(sends[from], s); ok {
					sends[from] = grown
					push(from)
				}
			}
		}
	}
	for len(work) > 0 {
		f := work[0]
		work = work[1:]
		queued[f] = false
		for _, caller := range st.callers[f] {
			for _, s := range sends[f] {
				if grown, ok := merge(sends[caller], s); ok {
					sends[caller] = grown
					push(caller)
				}
			}
		}
	}
	for f, list := range sends {
		slices.SortFunc(list, compare)
		sends[f] = list
	}
}

// sendable reports whether code is a status code a response can carry:
// codes outside 100–599 are range bugs or sentinels, not responses.
func sendable(code int64) bool { return code == int64(int(code)) && status.InRange(int(code)) }

// merge adds s to list: a constant of this package once, and a code of
// another package once per code, at its smallest position. It reports
// whether list changed.
func merge(list []Sent, s Sent) ([]Sent, bool) {
	for i, t := range list {
		if s.Expr != nil {
			if t.Expr == s.Expr {
				return list, false
			}
			continue
		}
		if t.Expr == nil && t.Code == s.Code {
			if compare(s, t) < 0 {
				list[i] = s
				return list, true
			}
			return list, false
		}
	}
	return append(list, s), true
}

// WhereOf returns the position of pos relative to its package.
func WhereOf(pass *analysis.Pass, pos token.Pos) Where {
	p := pass.Fset.Position(pos)
	return Where{File: pass.Pkg.Path() + "/" + path.Base(strings.ReplaceAll(p.Filename, "\\", "/")), Line: p.Line, Col: p.Column}
}

func (st *state) exportFacts() {
	exported := false
	for _, decl := range slices.SortedFunc(func(yield func(*types.Func) bool) {
		for fn := range st.res.decls {
			if !yield(fn) {
				return
			}
		}
	}, func(a, b *types.Func) int { return cmp.Compare(a.Pos(), b.Pos()) }) {
		sent := st.res.sends[funcs.Func{Obj: decl}]
		if len(sent) == 0 {
			continue
		}
		fact := &sendsFact{Internal: st.res.Internal(decl)}
		for _, s := range sent {
			where := s.Where
			if s.Expr != nil {
				where = WhereOf(st.pass, s.Expr.Pos())
			}
			i := slices.IndexFunc(fact.Codes, func(c SentCode) bool { return c.Code == s.Code })
			switch {
			case i < 0:
				fact.Codes = append(fact.Codes, SentCode{s.Code, where})
			case where.Compare(fact.Codes[i].Where) < 0:
				fact.Codes[i].Where = where
			}
		}
		slices.SortFunc(fact.Codes, func(a, b SentCode) int { return cmp.Compare(a.Code, b.Code) })
		st.pass.ExportObjectFact(decl, fact)
		exported = true
	}
	if exported {
		st.pass.ExportPackageFact(new(hasSends))
	}
}
