package routes

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/codepos"
	"github.com/statuslint/statuslint/internal/directive"
	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/routecall"
	"github.com/statuslint/statuslint/passes/registry"
	"github.com/statuslint/statuslint/passes/sends"
)

// The route tree is a graph of routers. A router is an object: a value
// created by a call or a composite literal (chi.NewRouter(),
// http.NewServeMux()), a group derived from another router (r.Group("/v1"),
// r.Route("/x", fn)), a parameter or field whose value comes from outside
// the package, or a router that a function of another package returns or
// fills. Variables, fields, parameters and results hold sets of objects,
// found by following assignments, returns and arguments through the
// package (flow-insensitively). Routes are registered on objects; mounts
// and groups link a child object under a parent with a prefix. A route's
// paths are read upwards to the roots: objects with no parent.

type state struct {
	pass  *analysis.Pass
	sends *sends.Result
	reg   *registry.Result
	// internal holds the functions of the package marked
	// //statuslint:internal.
	internal map[*types.Func]bool

	funcs   []*types.Func // declared functions, in source order
	calls   []routeCall
	imports []importCall
	// importedCallbacks are route calls whose callback is a function of
	// another package that fills the router it is given.
	importedCallbacks []importCall
	flows             map[*types.Var][]source
	returns           map[*types.Func][][]ast.Expr
	args              map[*types.Func][][]ast.Expr // the arguments of each call of a function of this package
	called            map[*types.Func]bool         // functions given as callbacks

	objects []*object
	byNode  map[ast.Node]*object
	byVar   map[*types.Var]*object
	pkgs    map[*types.Package]*object
	// resultAt gives, for a call of another package's function that
	// returns a router, the index of that result.
	resultAt map[*ast.CallExpr]int
	exprs    map[ast.Expr][]*object
	vars     map[*types.Var][]*object
	results  map[resultKey][]*object
	busy     map[any]bool
	regs     []*registration
	up       map[*object][]chain
	// encl gives the function that contains each route call and each call
	// of another package's router function.
	encl map[*ast.CallExpr]funcs.Func

	params map[*types.Var]param
}

// source is a value that flows into a variable: an expression (result i
// of a call when several are assigned at once), or the router that a route
// call derives for its callback.
type source struct {
	expr    ast.Expr
	result  int
	derived *ast.CallExpr
	shape   knowledge.Shape
}

type resultKey struct {
	fn *types.Func
	i  int
}

// object is a router.
type object struct {
	id       int // creation order
	parents  []edge
	router   bool // routes are registered on it, or it is mounted or derived
	leaves   bool // it leaves the package: another package decides its exposure
	internal bool
	// For a router that a function of another package returns or fills:
	// the function, the call here, and the routes its fact lists.
	fn     *types.Func
	call   *ast.CallExpr
	routes []factRoute
	// The registrations on it and the routers mounted under it, for facts.
	regs     []*registration
	children []edge
}

// edge links a router to another: under parent, with a prefix.
type edge struct {
	obj      *object
	prefix   string
	unknown  bool // the prefix is not a constant
	internal bool
	call     *ast.CallExpr // the mount, for a router of another package
	at       *ast.CallExpr // the call that derives or mounts the child, when known
}

// registration is a route call of this package, with the routers it
// registers on.
type registration struct {
	call     *ast.CallExpr
	on       []*object
	use      bool // middleware or fallbacks of a router, not a route
	applies  knowledge.Applies
	method   string
	path     string
	unknown  bool
	internal bool
	handlers []funcs.Func
}

func newState(pass *analysis.Pass, sr *sends.Result, internal map[*types.Func]bool) *state {
	return &state{
		pass:     pass,
		sends:    sr,
		internal: internal,
		reg:      pass.ResultOf[registry.Analyzer].(*registry.Result),
		flows:    map[*types.Var][]source{},
		returns:  map[*types.Func][][]ast.Expr{},
		args:     map[*types.Func][][]ast.Expr{},
		called:   map[*types.Func]bool{},
		byNode:   map[ast.Node]*object{},
		byVar:    map[*types.Var]*object{},
		pkgs:     map[*types.Package]*object{},
		resultAt: map[*ast.CallExpr]int{},
		exprs:    map[ast.Expr][]*object{},
		vars:     map[*types.Var][]*object{},
		results:  map[resultKey][]*object{},
		busy:     map[any]bool{},
		encl:     map[*ast.CallExpr]funcs.Func{},
		up:       map[*object][]chain{},
	}
}

func (st *state) newObject() *object {
	o := &object{id: len(st.objects)}
	st.objects = append(st.objects, o)
	return o
}

// build finds the routers of every route call, then links mounts and
// records registrations.
func (st *state) build() {
	// Every router that a route call works on, derives, or that another
	// package's function fills, is known before handlers are told from
	// mounted routers.
	for i := range st.calls {
		c := &st.calls[i]
		for _, o := range st.pts(router(c.call, c.shape)) {
			o.router = true
		}
		if c.shape.Router {
			st.derived(c.call, c.shape).router = true
		}
	}
	for _, ic := range st.imports {
		st.imported(ic)
	}
	for _, ic := range st.importedCallbacks {
		for _, pr := range ic.fact.Params {
			if pr.Index != 0 {
				continue
			}
			o := st.newObject()
			o.router, o.fn, o.call, o.routes = true, ic.fn, ic.call, pr.Routes
			shape, _ := knowledge.LookupRoute(knowledge.KeyOf(typeutil.Callee(st.pass.TypesInfo, ic.call).(*types.Func)))
			st.link(st.derived(ic.call, shape), o, edge{at: ic.call})
		}
	}
	for _, fn := range st.funcs {
		if st.exported(fn) {
			st.leave(fn)
		}
	}
	for i := range st.calls {
		st.register(&st.calls[i])
	}
}

// exported reports whether a function can be called, or its router
// reached, from another package.
func (st *state) exported(fn *types.Func) bool {
	if st.pass.Pkg.Name() == "main" || !fn.Exported() {
		return false
	}
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if named, ok := types.Unalias(t).(*types.Named); ok && !named.Obj().Exported() {
			return false
		}
	}
	return true
}

// leave marks the routers that an exported function returns: their
// exposure is decided where they are mounted.
func (st *state) leave(fn *types.Func) {
	results := fn.Signature().Results()
	for i := range results.Len() {
		for _, o := range st.resultRouters(fn, i) {
			o.leaves = true
		}
	}
}

// resultRouters returns the routers that result i of fn can be, or hold
// in a field: a struct of this package that serves the router in one of
// its fields (type Router struct{ http.Handler }) takes it along.
func (st *state) resultRouters(fn *types.Func, i int) []*object {
	t := fn.Signature().Results().At(i).Type()
	if !mayBeRouter(t) {
		return nil
	}
	objs := routers(st.result(fn, i))
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() == st.pass.Pkg {
		if str, ok := named.Underlying().(*types.Struct); ok {
			for f := range str.Fields() {
				if mayBeRouter(f.Type()) {
					objs = union(objs, routers(st.varPts(f)))
				}
			}
		}
	}
	return objs
}

// mayBeRouter reports whether a value of type t can be a router: a
// pointer, a named non-basic type or an interface.
func mayBeRouter(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface:
		return true
	case *types.Struct:
		_, named := types.Unalias(t).(*types.Named)
		return named
	}
	return false
}

// imported links the router that a function of another package returns or
// fills, at the call here.
func (st *state) imported(ic importCall) {
	for _, pr := range ic.fact.Params {
		if pr.Index >= len(ic.call.Args) {
			continue
		}
		o := st.newObject()
		o.router, o.fn, o.call, o.routes = true, ic.fn, ic.call, pr.Routes
		arg := ic.call.Args[pr.Index]
		for _, parent := range st.pts(arg) {
			parent.router = true
			st.link(parent, o, edge{internal: st.markedExpr(arg) || st.marked(ic.call.Pos()), at: ic.call})
		}
	}
	if len(ic.fact.Result) > 0 {
		o := st.callObject(ic.call)
		st.resultAt[ic.call] = ic.fact.ResultIndex
		o.router = true
		o.fn, o.call, o.routes = ic.fn, ic.call, ic.fact.Result
	}
}

// register records a route call's registration on its routers, and links
// the routers it mounts.
func (st *state) register(c *routeCall) {
	if c.shape.Structs >= 0 {
		st.registerStructs(c)
		return
	}
	args := routecall.HandlerArgs(st.pass.TypesInfo, c.call, c.shape)
	if len(args) == 0 {
		return
	}
	on := st.pts(router(c.call, c.shape))
	path, unknown := st.callPath(c.call, c.shape)
	internal := st.marked(c.call.Pos()) || st.markedExpr(router(c.call, c.shape))
	if c.shape.Router {
		// A group's middleware runs for the routes under its prefix.
		on, path, unknown = []*object{st.derived(c.call, c.shape)}, "", false
	}
	r := &registration{call: c.call, on: on, use: c.shape.Router || c.shape.Path < 0, applies: c.shape.Applies,
		method: st.callMethod(c.call, c.shape), path: path, unknown: unknown, internal: internal}
	for _, h := range args {
		if mounted := routers(st.pts(h)); len(mounted) > 0 {
			prefix, prefixUnknown := path, unknown
			if c.shape.Pattern {
				// A ServeMux hands the router it mounts the full path:
				// its routes are under what StripPrefix strips, if
				// anything, not under the pattern.
				_, prefix, prefixUnknown = st.adapted(h)
			}
			for _, parent := range on {
				for _, child := range mounted {
					e := edge{prefix: prefix, unknown: prefixUnknown, internal: internal || st.markedExpr(h), at: c.call}
					if child.fn != nil {
						e.call = c.call
					}
					st.link(parent, child, e)
				}
			}
			continue
		}
		st.addHandlers(r, h)
	}
	st.keep(r, on)
}

// addHandlers adds the functions that the handler expression h runs to r; a
// handler marked //statuslint:internal makes r internal.
func (st *state) addHandlers(r *registration, h ast.Expr) {
	for _, f := range st.handlers(h) {
		if st.markedFunc(f.Obj) {
			r.internal = true
		}
		r.handlers = append(r.handlers, f)
	}
}

// keep records r, when it has handlers, in the package and on the routers
// it is registered on.
func (st *state) keep(r *registration, on []*object) {
	if len(r.handlers) == 0 {
		return
	}
	st.regs = append(st.regs, r)
	for _, o := range on {
		o.regs = append(o.regs, r)
	}
}

// registerStructs records the routes of a call that takes them as struct
// literals, each with its own path, under the prefix its options add.
func (st *state) registerStructs(c *routeCall) {
	on := st.pts(router(c.call, c.shape))
	prefix, prefixUnknown := st.optionPrefix(c.call, c.shape)
	internal := st.marked(c.call.Pos()) || st.markedExpr(router(c.call, c.shape))
	for _, sr := range routecall.StructRoutes(c.call, c.shape) {
		path, unknown := st.constPath(sr.Path)
		r := &registration{call: c.call, on: on, method: st.constMethod(fieldValue(sr.Lit, "Method")), path: joinPath(prefix, path), unknown: unknown || prefixUnknown, internal: internal || st.marked(sr.Lit.Pos())}
		for _, h := range sr.Handlers {
			st.addHandlers(r, h)
		}
		st.keep(r, on)
	}
}

// optionPrefix returns the prefix that the option arguments of a call add
// (go-zero's rest.WithPrefix("/api/v1")).
func (st *state) optionPrefix(call *ast.CallExpr, shape knowledge.Shape) (prefix string, unknown bool) {
	if shape.Options < 0 || shape.Options >= len(call.Args) {
		return "", false
	}
	if call.Ellipsis.IsValid() {
		return "", true // options from a slice: not read
	}
	for _, arg := range call.Args[shape.Options:] {
		opt, ok := ast.Unparen(arg).(*ast.CallExpr)
		if !ok {
			continue
		}
		fn, ok := typeutil.Callee(st.pass.TypesInfo, opt).(*types.Func)
		if !ok {
			continue
		}
		if i, ok := knowledge.LookupPrefixOption(knowledge.KeyOf(fn)); ok && i < len(opt.Args) {
			p, u := st.constPath(opt.Args[i])
			prefix, unknown = joinPath(prefix, p), unknown || u
		}
	}
	return prefix, unknown
}

// constPath returns the constant string e holds; unknown when it holds
// none. A missing expression is the empty path.
func (st *state) constPath(e ast.Expr) (string, bool) {
	if e == nil {
		return "", false
	}
	tv := st.pass.TypesInfo.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", true
	}
	return constant.StringVal(tv.Value), false
}

func routers(objs []*object) []*object {
	var rs []*object
	for _, o := range objs {
		if o.router {
			rs = append(rs, o)
		}
	}
	return rs
}

// link hangs child under parent.
func (st *state) link(parent, child *object, e edge) {
	if parent == child {
		return
	}
	e.obj = parent
	if slices.Contains(child.parents, e) {
		return
	}
	child.parents = append(child.parents, e)
	e.obj = child
	parent.children = append(parent.children, e)
}

// derived returns the router that a group or sub-router call derives from
// its receiver.
func (st *state) derived(call *ast.CallExpr, shape knowledge.Shape) *object {
	if o := st.byNode[call]; o != nil {
		return o
	}
	o := st.newObject()
	o.router = true
	st.byNode[call] = o
	path, unknown := st.callPath(call, shape)
	recv := router(call, shape)
	internal := st.marked(call.Pos()) || st.markedExpr(recv)
	for _, parent := range st.pts(recv) {
		parent.router = true
		st.link(parent, o, edge{prefix: path, unknown: unknown, internal: internal, at: call})
	}
	return o
}

// middleware returns the codes of the middleware that runs for the routes
// that call registers on o: o's own and its parents', up to the roots.
// Middleware that runs only for the routes registered after it counts
// when it is registered before call in the same function; elsewhere its
// order is not known, and it does not count.
func (st *state) middleware(o *object, call *ast.CallExpr, seen map[*object]bool, codes []codepos.Code) []codepos.Code {
	if seen[o] {
		return codes
	}
	seen[o] = true
	defer delete(seen, o)
	for _, m := range o.regs {
		if !m.use || !st.applies(m, call) {
			continue
		}
		for _, h := range m.handlers {
			codes = sends.AddCodes(codes, st.pass, st.sends.Of(h))
		}
	}
	for _, e := range o.parents {
		codes = st.middleware(e.obj, e.at, seen, codes)
	}
	return codes
}

// applies reports whether middleware m runs for what call registers or
// derives.
func (st *state) applies(m *registration, call *ast.CallExpr) bool {
	switch m.applies {
	case knowledge.AllRoutes:
		return true
	case knowledge.LaterRoutes:
		if call == nil || m.call.Pos() >= call.Pos() {
			return false
		}
		a, ok := st.encl[m.call]
		b, ok2 := st.encl[call]
		return ok && ok2 && a == b
	}
	return false
}

// callPath returns the path argument of a route call.
func (st *state) callPath(call *ast.CallExpr, shape knowledge.Shape) (path string, unknown bool) {
	if shape.Path < 0 || shape.Path >= len(call.Args) {
		return "", false
	}
	arg := call.Args[shape.Path]
	if shape.PathField != "" {
		arg = fieldValue(arg, shape.PathField)
	}
	if arg == nil {
		return "", true
	}
	tv := st.pass.TypesInfo.Types[arg]
	if tv.Type != nil && !isStringType(tv.Type) {
		// An optional path that is not given: fiber's Use(args ...any)
		// with a handler first.
		return "", false
	}
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", true
	}
	path = constant.StringVal(tv.Value)
	if shape.Pattern {
		path = patternPath(path)
	}
	return path, false
}

// callMethod returns the HTTP method of a route call, upper case: from a
// method pattern ("GET /x"), an Operation's Method field (huma), a
// parameter named after the method (Handle(method, path, h)), or the
// function's name (GET, Get, Post…); "*" for any method, "?" when it is
// not a constant.
func (st *state) callMethod(call *ast.CallExpr, shape knowledge.Shape) string {
	fn, ok := typeutil.Callee(st.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return "?"
	}
	if shape.Path >= 0 && shape.Path < len(call.Args) {
		arg := call.Args[shape.Path]
		if shape.PathField != "" {
			if _, lit := ast.Unparen(arg).(*ast.CompositeLit); !lit {
				return "?" // an Operation that is not a literal
			}
			return st.constMethod(fieldValue(arg, "Method"))
		}
		if shape.Pattern {
			if tv := st.pass.TypesInfo.Types[arg]; tv.Value != nil && tv.Value.Kind() == constant.String {
				if m, _, ok := strings.Cut(constant.StringVal(tv.Value), " "); ok && !strings.Contains(m, "/") {
					return strings.ToUpper(m)
				}
			}
			return "*"
		}
	}
	for i, name := range knowledge.Params(knowledge.KeyOf(fn)) {
		if (name == "method" || name == "httpMethod" || name == "meth") && i < len(call.Args) {
			return st.constMethod(call.Args[i])
		}
	}
	if m := strings.ToUpper(fn.Name()); slices.Contains(httpMethods, m) {
		return m
	}
	return "*"
}

// httpMethods are the methods that route functions are named after.
var httpMethods = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE", "QUERY"}

// constMethod returns the method that e holds, upper case; "*" when e is
// missing, "?" when it is not a constant.
func (st *state) constMethod(e ast.Expr) string {
	if e == nil {
		return "*"
	}
	tv := st.pass.TypesInfo.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return "?"
	}
	return strings.ToUpper(constant.StringVal(tv.Value))
}

// pts returns the routers that e can evaluate to.
func (st *state) pts(e ast.Expr) []*object {
	if e == nil {
		return nil
	}
	e = st.unwrap(e)
	if objs, ok := st.exprs[e]; ok {
		return objs
	}
	if st.busy[e] {
		return nil
	}
	st.busy[e] = true
	objs := st.eval(e)
	delete(st.busy, e)
	st.exprs[e] = objs
	return objs
}

func (st *state) eval(e ast.Expr) []*object {
	info := st.pass.TypesInfo
	switch e := e.(type) {
	case *ast.Ident:
		switch obj := info.Uses[e].(type) {
		case *types.Var:
			return st.varPts(obj)
		case *types.PkgName:
			// A package's own router: http.HandleFunc registers on
			// net/http's DefaultServeMux.
			return []*object{st.pkgObject(obj.Imported())}
		}
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil {
			if v, ok := sel.Obj().(*types.Var); ok && sel.Kind() == types.FieldVal {
				return st.varPts(v)
			}
			return nil
		}
		if v, ok := info.Uses[e.Sel].(*types.Var); ok {
			return st.varPts(v)
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return st.pts(e.X)
		}
	case *ast.CompositeLit:
		return []*object{st.callObject(e)}
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(info, e).(*types.Func)
		if !ok {
			return nil
		}
		if shape, ok := knowledge.LookupRoute(knowledge.KeyOf(fn)); ok {
			if shape.Router {
				return []*object{st.derived(e, shape)}
			}
			// A route call returns the router it registers on (gin's
			// r.GET(…) returns IRoutes).
			return st.pts(router(e, shape))
		}
		if fn.Pkg() == st.pass.Pkg && st.returns[fn.Origin()] != nil {
			return st.result(fn.Origin(), 0)
		}
		return []*object{st.callObject(e)}
	}
	return nil
}

// pkgObject returns the router of a package that package-level route
// functions register on.
func (st *state) pkgObject(pkg *types.Package) *object {
	if o := st.pkgs[pkg]; o != nil {
		return o
	}
	o := st.newObject()
	st.pkgs[pkg] = o
	return o
}

// callObject returns the router that a call of a function statuslint does
// not follow, or a composite literal, creates.
func (st *state) callObject(n ast.Node) *object {
	if o := st.byNode[n]; o != nil {
		return o
	}
	o := st.newObject()
	st.byNode[n] = o
	return o
}

// result returns the routers that result i of fn can be.
func (st *state) result(fn *types.Func, i int) []*object {
	key := resultKey{fn, i}
	if objs, ok := st.results[key]; ok {
		return objs
	}
	if st.busy[key] {
		return nil
	}
	st.busy[key] = true
	var objs []*object
	for _, rs := range st.returns[fn] {
		if len(rs) == fn.Signature().Results().Len() && i < len(rs) {
			objs = union(objs, st.pts(rs[i]))
		} else if len(rs) == 1 {
			objs = union(objs, st.callResult(rs[0], i))
		}
	}
	delete(st.busy, key)
	st.results[key] = objs
	return objs
}

// callResult returns the routers that result i of a call can be.
func (st *state) callResult(e ast.Expr, i int) []*object {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if at, ok := st.resultAt[call]; ok {
		// A router that a function of another package returns, as its
		// result at.
		if i != at {
			return nil
		}
		return []*object{st.byNode[call]}
	}
	if i == 0 {
		return st.pts(call)
	}
	if fn, ok := typeutil.Callee(st.pass.TypesInfo, call).(*types.Func); ok && fn.Pkg() == st.pass.Pkg {
		return st.result(fn.Origin(), i)
	}
	return nil
}

// varPts returns the routers that a variable, parameter or field can
// hold: what flows into it, and for a parameter what the calls of its
// function pass. A parameter of a function that other packages can call,
// and a variable into which nothing visible flows, hold a router of their
// own that comes from outside.
func (st *state) varPts(v *types.Var) []*object {
	v = v.Origin()
	if objs, ok := st.vars[v]; ok {
		return objs
	}
	if st.busy[v] {
		return nil
	}
	st.busy[v] = true
	var objs []*object
	for i := range st.flows[v] {
		s := &st.flows[v][i]
		switch {
		case s.derived != nil:
			objs = union(objs, []*object{st.derived(s.derived, s.shape)})
		case s.result > 0:
			objs = union(objs, st.callResult(s.expr, s.result))
		default:
			objs = union(objs, st.pts(s.expr))
		}
	}
	fn, index := st.paramOf(v)
	if fn != nil {
		for _, args := range st.args[fn] {
			if index < len(args) {
				objs = union(objs, st.pts(args[index]))
			}
		}
	}
	outside := len(st.flows[v]) == 0 && (fn == nil || len(st.args[fn]) == 0 && !st.called[fn])
	if fn != nil && st.exported(fn) {
		outside = true
	}
	if outside && mayBeRouter(v.Type()) {
		o := st.byVar[v]
		if o == nil {
			o = st.newObject()
			st.byVar[v] = o
			o.leaves = fn != nil && st.exported(fn)
		}
		objs = union(objs, []*object{o})
	}
	delete(st.busy, v)
	st.vars[v] = objs
	return objs
}

// paramOf returns the function of this package that v is a parameter of,
// and its index.
func (st *state) paramOf(v *types.Var) (*types.Func, int) {
	if v.IsField() || v.Pkg() != st.pass.Pkg {
		return nil, 0
	}
	if st.params == nil {
		st.params = map[*types.Var]param{}
		for _, fn := range st.funcs {
			params := fn.Signature().Params()
			for i := range params.Len() {
				st.params[params.At(i)] = param{fn, i}
			}
		}
	}
	p := st.params[v]
	return p.fn, p.index
}

// param is a parameter of a declared function.
type param struct {
	fn    *types.Func
	index int
}

func union(a, b []*object) []*object {
	for _, o := range b {
		if !slices.Contains(a, o) {
			a = append(a, o)
		}
	}
	slices.SortFunc(a, func(x, y *object) int { return x.id - y.id })
	return a
}

// marked reports a //statuslint:internal marker on the line of pos or the
// line above.
func (st *state) marked(pos token.Pos) bool {
	return st.reg.Marked(st.pass.Fset, directive.Internal, pos)
}

// markedFunc reports whether fn is marked //statuslint:internal, in this
// package or, through its fact, in its own.
func (st *state) markedFunc(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if fn.Pkg() == st.pass.Pkg {
		return st.internal[fn]
	}
	return st.pass.ImportObjectFact(fn, new(internalFact))
}

// markedExpr reports whether e names a variable, parameter or field whose
// declaration is marked //statuslint:internal (a parameter: on its
// function's line).
func (st *state) markedExpr(e ast.Expr) bool {
	if e == nil {
		return false
	}
	var id *ast.Ident
	switch e := st.unwrap(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return false
	}
	v, ok := st.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && v.Pkg() == st.pass.Pkg && st.marked(v.Pos())
}

// chain is one way up from a router to a root.
type chain struct {
	prefix   string
	unknown  bool
	internal bool
	leaves   bool // the root leaves the package
}

func (c chain) join(path string, unknown bool) string {
	if c.unknown || unknown {
		return ""
	}
	p := joinPath(c.prefix, path)
	if p == "" {
		p = "/"
	}
	return p
}

// maxChains bounds the ways up from one router that are kept.
const maxChains = 32

// chains returns the ways up from o to the roots above it.
func (st *state) chains(o *object) []chain {
	if cs, ok := st.up[o]; ok {
		return cs
	}
	if st.busy[o] {
		return nil // a cycle: routers held in one field, mounted into each other
	}
	st.busy[o] = true
	var cs []chain
	for _, e := range o.parents {
		for _, c := range st.chains(e.obj) {
			if len(cs) == maxChains {
				break
			}
			c.prefix = joinPath(c.prefix, e.prefix)
			c.unknown = c.unknown || e.unknown
			c.internal = c.internal || e.internal || o.internal
			if !slices.Contains(cs, c) {
				cs = append(cs, c)
			}
		}
	}
	if len(cs) == 0 {
		cs = []chain{{internal: o.internal, leaves: o.leaves}}
	}
	delete(st.busy, o)
	st.up[o] = cs
	return cs
}

// router returns the router a route call works on: its receiver, or its
// first argument.
func router(call *ast.CallExpr, shape knowledge.Shape) ast.Expr {
	if shape.RouterArg >= 0 {
		if shape.RouterArg >= len(call.Args) {
			return nil
		}
		return call.Args[shape.RouterArg]
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

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
