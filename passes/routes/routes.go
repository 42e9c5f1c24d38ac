package routes

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/directive"
	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/passes/registry"
	"github.com/statuslint/statuslint/passes/sends"
)

// Analyzer finds routes and what their handlers send; see the package doc.
var Analyzer = &analysis.Analyzer{
	Name:       "routes",
	Doc:        "find routes, their handlers, and the codes handlers send",
	URL:        "https://github.com/statuslint/statuslint#public-and-internal-routes",
	Requires:   []*analysis.Analyzer{inspect.Analyzer, sends.Analyzer, registry.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

// Result holds the package's routes and what its functions send.
type Result struct {
	Routes []*Route
	// Public lists the functions marked //statuslint:public: handlers that
	// count as public although no visible route registers them.
	Public []funcs.Func
	sends  *sends.Result
}

// Sent is a custom code that a function can send.
type Sent = sends.Sent

// Sends returns the custom codes that f can send, directly or through the
// functions it calls or refers to.
func (r *Result) Sends(f funcs.Func) []Sent {
	if r.sends == nil {
		return nil
	}
	return r.sends.Of(f)
}

// Route is a route registration.
type Route struct {
	Call *ast.CallExpr
	// Path is the route's full path, group prefixes included, or "" when
	// some part of it is not a constant.
	Path string
	// Internal reports a //statuslint:internal marker on the route, its
	// routers or its handlers.
	Internal bool
	Handlers []funcs.Func
}

type state struct {
	pass     *analysis.Pass
	reg      *registry.Result
	sends    *sends.Result
	scopes   map[types.Object]*scope
	callScps map[*ast.CallExpr]*scope
}

// scope is a router: the root of a route tree, a group or a sub-router.
type scope struct {
	parent   *scope
	prefix   string
	unknown  bool // the prefix is not a constant
	internal bool
}

func run(pass *analysis.Pass) (any, error) {
	st := &state{
		pass:     pass,
		reg:      pass.ResultOf[registry.Analyzer].(*registry.Result),
		sends:    pass.ResultOf[sends.Analyzer].(*sends.Result),
		scopes:   map[types.Object]*scope{},
		callScps: map[*ast.CallExpr]*scope{},
	}
	res := &Result{sends: st.sends}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	calls := st.findCalls(in)
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if decl, ok := d.(*ast.FuncDecl); ok && registry.DocMarked(decl.Doc, directive.Public) {
				if fn, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func); ok {
					res.Public = append(res.Public, funcs.Func{Obj: fn})
				}
			}
		}
	}
	res.Routes = st.routes(calls)
	return res, nil
}

// routeCall is a call that the knowledge tables list as a route or router.
type routeCall struct {
	call  *ast.CallExpr
	shape knowledge.Route
}

// findCalls finds the route calls, and binds the variables that hold
// routers.
func (st *state) findCalls(in *inspector.Inspector) []routeCall {
	var calls []routeCall
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			if fn, ok := typeutil.Callee(st.pass.TypesInfo, n).(*types.Func); ok {
				if shape, ok := knowledge.LookupRoute(knowledge.KeyOf(fn)); ok {
					calls = append(calls, routeCall{n, shape})
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					st.bind(lhs, n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, name := range n.Names {
					st.bind(name, n.Values[i])
				}
			}
		}
	}
	return calls
}

// routes composes the paths of the route calls and resolves their
// handlers.
func (st *state) routes(calls []routeCall) []*Route {
	info := st.pass.TypesInfo
	// Every router is known, then callbacks and mounts link them, before
	// any path is composed.
	for _, c := range calls {
		st.childScope(c.call, c.shape)
	}
	for _, c := range calls {
		if c.shape.Func >= 0 && c.shape.Func < len(c.call.Args) {
			if ft := st.funcType(c.call.Args[c.shape.Func]); ft != nil && ft.Params.NumFields() > 0 {
				param := ft.Params.List[0]
				if len(param.Names) > 0 {
					if obj := info.Defs[param.Names[0]]; obj != nil {
						st.varScope(obj).link(st.childScope(c.call, c.shape))
					}
				}
			}
		}
		for _, h := range sends.HandlerArgs(st.pass.TypesInfo, c.call, c.shape) {
			if obj := st.routerObj(h); obj != nil {
				if mounted := st.scopes[obj]; mounted.parent == nil {
					mounted.link(st.childScope(c.call, c.shape))
				}
			}
		}
	}
	var routes []*Route
	for _, c := range calls {
		if c.shape.Handlers < 0 {
			continue
		}
		sc := st.childScope(c.call, c.shape)
		path, known, internal := sc.resolve()
		r := &Route{Call: c.call, Internal: internal || st.reg.Marked(st.pass.Fset, directive.Internal, c.call.Pos())}
		if known {
			r.Path = path
			if r.Path == "" {
				r.Path = "/"
			}
		}
		for _, h := range sends.HandlerArgs(st.pass.TypesInfo, c.call, c.shape) {
			if st.routerObj(h) != nil {
				continue // a mounted router: its own routes are registrations
			}
			for _, f := range st.handlers(h) {
				if st.sends.Internal(f.Obj) {
					r.Internal = true
				}
				r.Handlers = append(r.Handlers, f)
			}
		}
		if len(r.Handlers) > 0 {
			routes = append(routes, r)
		}
	}
	return routes
}

// bind records that the variable lhs holds the router rhs evaluates to.
func (st *state) bind(lhs, rhs ast.Expr) {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return
	}
	obj := st.pass.TypesInfo.ObjectOf(id)
	if obj == nil || st.scopes[obj] != nil {
		return
	}
	if call, ok := ast.Unparen(rhs).(*ast.CallExpr); ok {
		if fn, ok := typeutil.Callee(st.pass.TypesInfo, call).(*types.Func); ok {
			if shape, ok := knowledge.LookupRoute(knowledge.KeyOf(fn)); ok && shape.Router {
				st.scopes[obj] = &scope{parent: st.childScope(call, shape), internal: st.reg.Marked(st.pass.Fset, directive.Internal, obj.Pos())}
			}
		}
	}
}

// routerObj returns the variable that e names when it holds a router.
func (st *state) routerObj(e ast.Expr) types.Object {
	e = st.unwrap(e)
	var id *ast.Ident
	switch e := e.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return nil
	}
	if obj, ok := st.pass.TypesInfo.Uses[id].(*types.Var); ok && st.scopes[obj] != nil {
		return obj
	}
	return nil
}

// unwrap strips parentheses, conversions and adapters from a handler.
func (st *state) unwrap(e ast.Expr) ast.Expr {
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return ast.Unparen(e)
		}
		if tv, ok := st.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			e = call.Args[0]
			continue
		}
		fn, ok := typeutil.Callee(st.pass.TypesInfo, call).(*types.Func)
		if !ok {
			return call
		}
		i, ok := knowledge.LookupAdapter(knowledge.KeyOf(fn))
		if !ok || i >= len(call.Args) {
			return call
		}
		e = call.Args[i]
	}
}

// childScope returns the router that a route or router call works on: its
// receiver's, extended by its path.
func (st *state) childScope(call *ast.CallExpr, shape knowledge.Route) *scope {
	if sc, ok := st.callScps[call]; ok {
		return sc
	}
	sc := &scope{parent: st.scopeOf(router(call, shape))}
	if shape.Path >= 0 && shape.Path < len(call.Args) {
		path := call.Args[shape.Path]
		if shape.PathField != "" {
			path = fieldValue(path, shape.PathField)
		}
		if tv := st.pass.TypesInfo.Types[path]; path != nil && tv.Value != nil && tv.Value.Kind() == constant.String {
			sc.prefix = constant.StringVal(tv.Value)
			if shape.Pattern {
				sc.prefix = patternPath(sc.prefix)
			}
		} else {
			sc.unknown = true
		}
	}
	st.callScps[call] = sc
	return sc
}

// scopeOf returns the router that e evaluates to.
func (st *state) scopeOf(e ast.Expr) *scope {
	if e == nil {
		return nil
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(st.pass.TypesInfo, e).(*types.Func); ok {
			if shape, ok := knowledge.LookupRoute(knowledge.KeyOf(fn)); ok && shape.Router {
				return st.childScope(e, shape)
			}
		}
		return nil
	case *ast.Ident:
		return st.varScope(st.pass.TypesInfo.Uses[e])
	case *ast.SelectorExpr:
		if sel := st.pass.TypesInfo.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			return st.varScope(sel.Obj())
		}
		return st.varScope(st.pass.TypesInfo.Uses[e.Sel])
	}
	return nil
}

func (st *state) varScope(obj types.Object) *scope {
	v, ok := obj.(*types.Var)
	if !ok {
		return nil
	}
	if sc := st.scopes[v]; sc != nil {
		return sc
	}
	sc := &scope{internal: st.reg.Marked(st.pass.Fset, directive.Internal, v.Pos())}
	st.scopes[v] = sc
	return sc
}

// funcType returns the signature syntax of a callback given as a function
// literal or as the name of a function of this package.
func (st *state) funcType(e ast.Expr) *ast.FuncType {
	switch e := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return e.Type
	case *ast.Ident:
		if fn, ok := st.pass.TypesInfo.Uses[e].(*types.Func); ok && st.sends.Decl(fn) != nil {
			return st.sends.Decl(fn).Type
		}
	}
	return nil
}

// link hangs sc under parent, unless that would make a cycle: routers held
// in a struct field are one scope for every value of the struct, so a
// router mounted into another of the same field looks mounted into
// itself.
func (sc *scope) link(parent *scope) {
	for s := parent; s != nil; s = s.parent {
		if s == sc {
			return
		}
	}
	sc.parent = parent
}

// resolve composes the path of a scope and tells whether it is internal.
func (sc *scope) resolve() (path string, known, internal bool) {
	known = true
	for s := sc; s != nil; s = s.parent {
		if s.unknown {
			known = false
		}
		internal = internal || s.internal
		path = joinPath(s.prefix, path)
	}
	return path, known, internal
}

func joinPath(prefix, path string) string {
	if prefix == "" || path == "" {
		return prefix + path
	}
	return strings.TrimSuffix(prefix, "/") + "/" + strings.TrimPrefix(path, "/")
}

// patternPath returns the path of a ServeMux pattern "[METHOD ][HOST]/PATH".
func patternPath(pattern string) string {
	if _, rest, ok := strings.Cut(pattern, " "); ok {
		pattern = strings.TrimLeft(rest, " \t")
	}
	if i := strings.Index(pattern, "/"); i >= 0 {
		return pattern[i:]
	}
	return pattern
}

// router returns the router a route call works on: its receiver, or its
// first argument.
func router(call *ast.CallExpr, shape knowledge.Route) ast.Expr {
	if shape.RouterArg {
		if len(call.Args) == 0 {
			return nil
		}
		return call.Args[0]
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// fieldValue returns the value of the named field in a struct literal e
// (or &literal), or nil.
func fieldValue(e ast.Expr, field string) ast.Expr {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok && key.Name == field {
				return kv.Value
			}
		}
	}
	return nil
}

// handlers returns the functions that a handler expression runs.
func (st *state) handlers(e ast.Expr) []funcs.Func {
	info := st.pass.TypesInfo
	e = st.unwrap(e)
	switch e := e.(type) {
	case *ast.FuncLit:
		return []funcs.Func{{Lit: e}}
	case *ast.Ident, *ast.SelectorExpr:
		id, _ := e.(*ast.Ident)
		if sel, ok := e.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
		switch obj := info.Uses[id].(type) {
		case *types.Func:
			if !sends.IsAbstract(obj) {
				return []funcs.Func{{Obj: obj.Origin()}}
			}
		case *types.Var:
			if m := serveHTTP(obj.Type()); m != nil {
				return []funcs.Func{{Obj: m}}
			}
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return st.handlers(e.X)
		}
	case *ast.CompositeLit:
		if m := serveHTTP(info.TypeOf(e)); m != nil {
			return []funcs.Func{{Obj: m}}
		}
	case *ast.CallExpr:
		// A constructor or a middleware: it runs what it returns, and the
		// handlers it is given.
		fn, ok := typeutil.Callee(info, e).(*types.Func)
		if !ok || sends.IsAbstract(fn) {
			return nil
		}
		hs := []funcs.Func{{Obj: fn.Origin()}}
		if m := serveHTTP(info.TypeOf(e)); m != nil {
			hs = append(hs, funcs.Func{Obj: m})
		}
		for _, arg := range e.Args {
			if isHandlerType(info.TypeOf(arg)) {
				hs = append(hs, st.handlers(arg)...)
			}
		}
		return hs
	}
	return nil
}

// serveHTTP returns the concrete ServeHTTP method of t, if it has one.
func serveHTTP(t types.Type) *types.Func {
	if t == nil || types.IsInterface(t) {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	if fn, ok := obj.(*types.Func); ok && !sends.IsAbstract(fn) {
		return fn.Origin()
	}
	return nil
}

func isHandlerType(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := t.Underlying().(*types.Signature); ok {
		return true
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	return obj != nil
}
