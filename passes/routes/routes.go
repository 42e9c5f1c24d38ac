package routes

import (
	"cmp"
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/analysisdoc"
	"github.com/statuslint/statuslint/internal/codepos"
	"github.com/statuslint/statuslint/internal/directive"
	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/passes/registry"
	"github.com/statuslint/statuslint/passes/sends"
)

//go:embed doc.go
var doc string

// Analyzer finds routes and their exposure; see the package doc.
var Analyzer = &analysis.Analyzer{
	Name:       "routes",
	Doc:        analysisdoc.MustExtractDoc(doc, "routes"),
	URL:        "https://github.com/statuslint/statuslint#public-and-internal-routes",
	Requires:   []*analysis.Analyzer{inspect.Analyzer, sends.Analyzer, registry.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(routerFact), new(hasRouters), new(internalFact)},
}

// Result holds the package's routes.
type Result struct {
	// Routes lists the route registrations of the package, and the calls
	// that bring routes of another package's routers into it, in source
	// order.
	Routes []*Route
	// Public lists the functions marked //statuslint:public: handlers that
	// count as public although no visible route registers them.
	Public []funcs.Func
	// Exported lists the functions that other packages can register as
	// handlers and that send custom codes: the packages that register
	// them decide their exposure, through their facts.
	Exported []funcs.Func
	sends    *sends.Result
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

// Route is a route registration, or a call of this package that brings
// the routes of a router built in another package (a mount, or a call
// that registers routes on a router it is given).
type Route struct {
	Call *ast.CallExpr
	// Method is the route's HTTP method, upper case: "*" for any, "?"
	// when it is not a constant.
	Method string
	// Handler names the function the route ends in (HandlerName).
	Handler string
	// Use reports a call that registers middleware or fallbacks on a
	// router (Use, a group's handlers, NoRoute) rather than a route.
	Use bool
	// Paths lists the full paths under which the roots of the router tree
	// serve the route, in order; empty when no root is in sight (the
	// router leaves the package unmounted: its exposure is decided where
	// it is mounted).
	Paths []Path
	// Handlers are the functions a registration of this package runs.
	Handlers []funcs.Func
	// Sent are the codes that a route of another package's router can
	// send; Via is the function whose router it is.
	Sent []Sent
	// Middleware are the codes that the middleware attached to the
	// route's routers (Use, a group's handlers) can send, where the
	// framework runs it for the route; for a route of another package's
	// router, that package's middleware too.
	Middleware []codepos.Code
}

// Path is one way a route is served.
type Path struct {
	// Path is the route's full path, prefixes of groups and mounts
	// included, or "" when some part of it is not a constant.
	Path string
	// Internal reports a //statuslint:internal marker on the route, a
	// router or mount above it, or its handler.
	Internal bool
}

// Public returns the first of r's paths that is known, not marked internal
// and not internal by the given test, or "".
func (r *Route) Public(internal func(path string) bool) string {
	for _, p := range r.Paths {
		if p.Path != "" && !p.Internal && !internal(p.Path) {
			return p.Path
		}
	}
	return ""
}

func run(pass *analysis.Pass) (any, error) {
	sr := pass.ResultOf[sends.Analyzer].(*sends.Result)
	res := &Result{sends: sr}
	internal := map[*types.Func]bool{}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			decl, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func)
			if !ok {
				continue
			}
			if directive.DocMarked(decl.Doc, directive.Public) {
				res.Public = append(res.Public, funcs.Func{Obj: fn})
			}
			if directive.DocMarked(decl.Doc, directive.Internal) {
				internal[fn] = true
				if fn.Exported() { // other packages can register it
					pass.ExportObjectFact(fn, new(internalFact))
				}
			}
		}
	}
	routers := importsRouters(pass)
	if !sr.Active() && !routers && !knowledge.ImportsKnown(pass.Pkg) {
		return res, nil // no route, and nothing here sends a code
	}
	st := newState(pass, sr, internal)
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	st.index(in, routers)
	st.build()
	res.Routes = st.routes()
	for _, fn := range st.funcs {
		if f := (funcs.Func{Obj: fn}); st.exported(fn) && len(sr.Of(f)) > 0 {
			res.Exported = append(res.Exported, f)
		}
	}
	st.exportFacts()
	return res, nil
}

// routeCall is a call that the knowledge tables list as a route or router.
type routeCall struct {
	call  *ast.CallExpr
	shape knowledge.Shape
}

// importCall is a call of a function of another package whose fact says it
// returns a router, or registers routes on a router it is given.
type importCall struct {
	call *ast.CallExpr
	fn   *types.Func
	fact *routerFact
}

// index reads the package once: route calls, calls of other packages'
// router functions, and where router values can flow (assignments,
// returns, arguments, struct fields).
func (st *state) index(in *inspector.Inspector, routers bool) {
	info := st.pass.TypesInfo
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.ReturnStmt)(nil), (*ast.CompositeLit)(nil), (*ast.FuncDecl)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := info.Defs[n.Name].(*types.Func); ok {
				st.funcs = append(st.funcs, fn)
			}
		case *ast.CallExpr:
			fn, ok := typeutil.Callee(info, n).(*types.Func)
			if !ok {
				continue
			}
			if shape, ok := knowledge.LookupRoute(knowledge.KeyOf(fn)); ok {
				st.encl[n] = funcs.Enclosing(info, cur)
				st.calls = append(st.calls, routeCall{n, shape})
				st.callbacks(n, shape)
				continue
			}
			fn = fn.Origin()
			if fn.Pkg() == st.pass.Pkg {
				if len(n.Args) > 0 && !n.Ellipsis.IsValid() {
					st.args[fn] = append(st.args[fn], n.Args)
				}
			} else if routers && fn.Pkg() != nil {
				if fact := new(routerFact); st.pass.ImportObjectFact(fn, fact) {
					st.encl[n] = funcs.Enclosing(info, cur)
					st.imports = append(st.imports, importCall{n, fn, fact})
				}
			}
		case *ast.AssignStmt:
			st.assign(n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			st.assign(lhs, n.Values)
		case *ast.ReturnStmt:
			// A return of the declared function, outside any function
			// literal.
			if fn := funcs.Enclosing(info, cur).Obj; fn != nil && len(n.Results) > 0 {
				st.returns[fn] = append(st.returns[fn], n.Results)
			}
		case *ast.CompositeLit:
			for _, elt := range n.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if key, ok := kv.Key.(*ast.Ident); ok {
					if v, ok := info.Uses[key].(*types.Var); ok && v.IsField() && mayBeRouter(v.Type()) {
						st.flows[v] = append(st.flows[v], source{expr: kv.Value})
					}
				}
			}
		}
	}
}

// assign records that each variable or field on the left can hold the
// value on the right.
func (st *state) assign(lhs, rhs []ast.Expr) {
	info := st.pass.TypesInfo
	target := func(e ast.Expr) *types.Var {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := info.ObjectOf(e).(*types.Var)
			return v
		case *ast.SelectorExpr:
			if sel := info.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
				v, _ := sel.Obj().(*types.Var)
				return v
			}
			v, _ := info.Uses[e.Sel].(*types.Var)
			return v
		}
		return nil
	}
	switch {
	case len(lhs) == len(rhs):
		for i, l := range lhs {
			if v := target(l); v != nil && mayBeRouter(v.Type()) {
				st.flows[v] = append(st.flows[v], source{expr: rhs[i]})
			}
		}
	case len(rhs) == 1:
		call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
		if !ok {
			return
		}
		for i, l := range lhs {
			if v := target(l); v != nil && mayBeRouter(v.Type()) {
				st.flows[v] = append(st.flows[v], source{expr: call, result: i})
			}
		}
	}
}

// callbacks records that the router parameter of a callback (chi's
// r.Route("/x", func(r chi.Router) {…}), or a function given by name) is
// the router the call derives.
func (st *state) callbacks(call *ast.CallExpr, shape knowledge.Shape) {
	if shape.Func < 0 || shape.Func >= len(call.Args) {
		return
	}
	info := st.pass.TypesInfo
	var sig *types.Signature
	var fn *types.Func
	switch e := ast.Unparen(call.Args[shape.Func]).(type) {
	case *ast.FuncLit:
		sig, _ = info.TypeOf(e).(*types.Signature)
	case *ast.Ident, *ast.SelectorExpr:
		f, ok := typeutil.Callee(info, &ast.CallExpr{Fun: e}).(*types.Func)
		if !ok {
			return
		}
		if f.Pkg() != st.pass.Pkg {
			// A function of another package that fills the router it is
			// given: r.Route("/admin", admin.Routes).
			if fact := new(routerFact); st.pass.ImportObjectFact(f, fact) {
				st.importedCallbacks = append(st.importedCallbacks, importCall{call, f, fact})
			}
			return
		}
		fn, sig = f.Origin(), f.Origin().Signature()
	}
	if sig == nil || sig.Params().Len() == 0 {
		return
	}
	p := sig.Params().At(0)
	if fn != nil {
		st.called[fn] = true
	}
	st.flows[p] = append(st.flows[p], source{derived: call, shape: shape})
}

// routes lists the package's registrations and imported routes with their
// paths, in source order.
func (st *state) routes() []*Route {
	var routes []*Route
	for _, r := range st.regs {
		route := &Route{Call: r.call, Handlers: r.handlers, Method: r.method, Use: r.use}
		if !r.use {
			for _, o := range r.on {
				route.Middleware = st.middleware(o, r.call, map[*object]bool{}, route.Middleware)
			}
			slices.SortFunc(route.Middleware, codepos.Code.Compare)
		}
		if len(r.handlers) > 0 {
			route.Handler = HandlerName(st.pass.Fset, st.pass.Pkg, r.handlers[len(r.handlers)-1])
		}
		for _, o := range r.on {
			for _, c := range st.chains(o) {
				if c.leaves {
					continue
				}
				route.Paths = addPath(route.Paths, Path{Path: c.join(r.path, r.unknown), Internal: c.internal || r.internal})
			}
		}
		if len(route.Handlers) > 0 {
			routes = append(routes, route)
		}
	}
	for _, o := range st.objects {
		if o.fn == nil {
			continue
		}
		for _, m := range st.mounts(o) {
			for _, fr := range o.routes {
				route := &Route{Call: m.call, Method: fr.Method, Handler: fr.Handler, Use: fr.Use, Middleware: slices.Clone(fr.Middleware)}
				if !fr.Use {
					// The middleware above the mount, here.
					for _, e := range o.parents {
						route.Middleware = st.middleware(e.obj, e.at, map[*object]bool{o: true}, route.Middleware)
					}
					slices.SortFunc(route.Middleware, codepos.Code.Compare)
				}
				for _, c := range m.chains {
					if !c.leaves {
						route.Paths = addPath(route.Paths, Path{Path: c.join(fr.Path, fr.Unknown), Internal: c.internal || fr.Internal})
					}
				}
				for _, code := range fr.Codes {
					route.Sent = append(route.Sent, Sent{Code: code.Code, Via: o.fn, Where: code.Where})
				}
				routes = append(routes, route)
			}
		}
	}
	slices.SortStableFunc(routes, func(a, b *Route) int { return cmp.Compare(a.Call.Pos(), b.Call.Pos()) })
	for _, r := range routes {
		slices.SortFunc(r.Paths, comparePath)
	}
	return routes
}

// mount is a place where this package mounts a router of another
// package, with the ways up from there to the roots.
type mount struct {
	call   *ast.CallExpr
	chains []chain
}

// mounts returns the places where o, a router of another package, is
// mounted here; the call that brings it when it is mounted nowhere else
// (served, or filled in place).
func (st *state) mounts(o *object) []mount {
	var ms []mount
	for _, e := range o.parents {
		if e.call == nil {
			continue
		}
		m := mount{call: e.call}
		for _, c := range st.chains(e.obj) {
			c.prefix = joinPath(c.prefix, e.prefix)
			c.unknown = c.unknown || e.unknown
			c.internal = c.internal || e.internal || o.internal
			m.chains = append(m.chains, c)
		}
		ms = append(ms, m)
	}
	if len(ms) == 0 {
		ms = []mount{{call: o.call, chains: st.chains(o)}}
	}
	return ms
}

// HandlerName names a handler in the route inventory:
// "example.com/svc/users.(*Server).get", "example.com/svc/users.list", or
// "func literal at example.com/svc/users/users.go:12:20".
func HandlerName(fset *token.FileSet, pkg *types.Package, f funcs.Func) string {
	if f.Lit != nil {
		return "func literal at " + codepos.In(fset, pkg, f.Lit.Pos()).String()
	}
	fn := f.Obj
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		if named := funcs.NamedOf(recv.Type()); named != nil {
			t := named.Obj().Name()
			if _, ptr := types.Unalias(recv.Type()).(*types.Pointer); ptr {
				t = "(*" + t + ")"
			}
			name = t + "." + name
		}
	}
	if fn.Pkg() == nil {
		return name
	}
	return fn.Pkg().Path() + "." + name
}

func comparePath(a, b Path) int {
	// Public paths first, then by path.
	if a.Internal != b.Internal {
		if a.Internal {
			return 1
		}
		return -1
	}
	return strings.Compare(a.Path, b.Path)
}

func addPath(paths []Path, p Path) []Path {
	if slices.Contains(paths, p) {
		return paths
	}
	return append(paths, p)
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
