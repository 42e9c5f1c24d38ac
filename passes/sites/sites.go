package sites

import (
	_ "embed"
	"go/ast"
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/analysisdoc"
	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/source"
)

//go:embed doc.go
var doc string

// Analyzer finds status-code sites; see the package doc.
var Analyzer = &analysis.Analyzer{
	Name:       "sites",
	Doc:        analysisdoc.MustExtractDoc(doc, "sites"),
	URL:        "https://github.com/statuslint/statuslint#what-statuslint-follows",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(wrapperFact), new(fieldFact), new(returnsFact), new(tableFact), new(hasFacts)},
}

// Result lists the package's status-code sites.
type Result struct {
	Sites []*Site
}

// Site is an expression whose value becomes a response status.
type Site struct {
	Node    ast.Node // the call, composite literal or assignment
	Arg     ast.Expr // the status-code expression; the call itself for a function that always sends one code (http.NotFound)
	Callee  string   // what the message names: "http.Error", "gin.Context.JSON", "echo.HTTPError.Code"
	Runtime knowledge.Runtime
	Codes   []Code     // the codes Arg can hold; empty when unknown
	Func    funcs.Func // the function that contains the site; zero at package level
	// Error reports that the site builds an error value that carries the
	// code (echo.NewHTTPError, huma.Error404NotFound, a fiber.Error
	// literal): the code is sent where that error reaches the framework.
	Error bool
}

// Code is a constant that a site can send.
type Code struct {
	Value int64 // math.MaxInt64 for an integer too large for int64
	// Expr is where the constant stands in this package: the argument, a
	// return of a mapper, an assignment to a variable; or, for a code that
	// a mapper of another package returns, the call of it.
	Expr ast.Expr
	Via  string // the mapper of another package that returns the code, or ""
}

func run(pass *analysis.Pass) (any, error) {
	res := new(Result)
	if knowledge.Knows(pass.Pkg.Path()) {
		// net/http and the framework packages: the knowledge tables
		// describe their API, and their own idioms (huma's NewError(0, "")
		// as a type example, gin's internal -1) are not their users' bugs.
		return res, nil
	}
	imports := importsHTTP(pass)
	if !imports && knowledge.IsStd(pass.Pkg.Path()) {
		// The standard library that uses no HTTP API has no sites, and
		// no mappers worth a fact.
		return res, nil
	}
	// Without an HTTP API a package has no sites, but may declare mappers
	// for its importers (statusFor(err) in a package of error codes).
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &collector{
		pass:     pass,
		res:      res,
		values:   newValues(pass, in),
		wrappers: map[*types.Func]map[int]wrapperParam{},
		fields:   map[*types.Var]knowledge.Runtime{},
		done:     map[doneKey]*entry{},
	}
	if imports {
		c.writer = responseWriter(pass.Pkg)
		c.collect(in)
		c.markErrors()
	}
	c.exportFacts()
	return res, nil
}

type collector struct {
	pass   *analysis.Pass
	res    *Result
	values *values
	writer *types.Interface // net/http.ResponseWriter, nil if not imported

	calls    []call       // calls of other functions, candidates for wrappers
	stores   []fieldStore // values stored in struct fields
	wrappers map[*types.Func]map[int]wrapperParam
	fields   map[*types.Var]knowledge.Runtime // fields of this package read at sites
	done     map[doneKey]*entry
	exported bool
}

// entry is a site found, with the guard of the wrapper parameter it comes
// through, if any.
type entry struct {
	site *Site
	cur  inspector.Cursor
	g    guard
}

type call struct {
	cur  inspector.Cursor
	call *ast.CallExpr
	fn   *types.Func
}

type fieldStore struct {
	cur   inspector.Cursor
	node  ast.Node
	field *types.Var
	owner *types.Named
	value ast.Expr
}

type doneKey struct {
	node ast.Node
	arg  ast.Expr
}

// collect finds the sites in one walk, then the sites that wrappers and
// status fields make, to a fixed point.
func (c *collector) collect(in *inspector.Inspector) {
	info := c.pass.TypesInfo
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			callee := typeutil.Callee(info, n)
			if v, ok := callee.(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
				// A package-level variable of function type, such as
				// huma.NewError, which users may replace.
				if s, ok := knowledge.LookupSink(v.Pkg().Path() + "." + v.Name()); ok && !c.probed(cur) {
					c.add(cur, n, s.Arg, funcs.Qualify(v.Pkg(), c.pass.Pkg)+v.Name(), s.Runtime, noGuard)
				}
				continue
			}
			fn, ok := callee.(*types.Func)
			if !ok {
				continue
			}
			key := knowledge.KeyOf(fn)
			if s, ok := knowledge.LookupSink(key); ok {
				c.add(cur, n, s.Arg, funcs.Name(fn, c.pass.Pkg), s.Runtime, noGuard)
			} else if code, rt, ok := knowledge.LookupFixed(key); ok {
				c.res.Sites = append(c.res.Sites, &Site{Node: n, Arg: n, Callee: funcs.Name(fn, c.pass.Pkg), Runtime: rt,
					Codes: []Code{{Value: int64(code), Expr: n}}, Func: funcs.Enclosing(info, cur)})
			} else if cb, ok := knowledge.LookupCallback(key); ok {
				c.addCallback(cur, n, cb, funcs.Name(fn, c.pass.Pkg))
			} else if c.isWriteHeader(fn) {
				c.add(cur, n, 0, funcs.Name(fn, c.pass.Pkg), knowledge.NetHTTP, noGuard)
			} else if hasIntParam(fn) {
				c.calls = append(c.calls, call{cur, n, fn.Origin()})
			}
		case *ast.CompositeLit:
			named := namedStruct(info.TypeOf(n))
			if named == nil {
				continue
			}
			st := named.Underlying().(*types.Struct)
			for i, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if key, ok := kv.Key.(*ast.Ident); ok {
						if f, ok := info.Uses[key].(*types.Var); ok && f.IsField() && isInteger(f.Type()) {
							c.stores = append(c.stores, fieldStore{cur, n, f, named, kv.Value})
						}
					}
				} else if i < st.NumFields() && isInteger(st.Field(i).Type()) {
					// An unkeyed literal: &appError{err, "frozen", 485}.
					c.stores = append(c.stores, fieldStore{cur, n, st.Field(i), named, elt})
				}
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				continue
			}
			for i, lhs := range n.Lhs {
				if sel, ok := lhs.(*ast.SelectorExpr); ok {
					if selection := info.Selections[sel]; selection != nil && selection.Kind() == types.FieldVal && isInteger(selection.Type()) {
						if owner := fieldOwner(selection); owner != nil {
							c.stores = append(c.stores, fieldStore{cur, n, selection.Obj().(*types.Var), owner, n.Rhs[i]})
						}
					}
				}
			}
		}
	}
	for grown := true; grown; {
		grown = false
		for _, cl := range c.calls {
			params := c.wrapperParams(cl.fn)
			for i := range cl.call.Args {
				if p, ok := params[i]; ok {
					grown = c.add(cl.cur, cl.call, i, funcs.Name(cl.fn, c.pass.Pkg), p.Runtime, p.Guard) || grown
				}
			}
		}
		for _, st := range c.stores {
			if rt, listed, ok := c.statusField(st); ok {
				if v, isConst := source.IntConst(c.pass.TypesInfo, st.value); !listed && isConst && v == 0 {
					// A field that statuslint found read at a site, reset
					// to its zero value: code that reads it tests for 0.
					continue
				}
				name := funcs.Qualify(st.owner.Obj().Pkg(), c.pass.Pkg) + st.owner.Obj().Name() + "." + st.field.Name()
				grown = c.addArg(st.cur, st.node, st.value, name, rt, noGuard) || grown
			}
		}
	}
}

// add records the site of argument i of call, if it has one; g is the
// guard of the wrapper parameter it goes to.
func (c *collector) add(cur inspector.Cursor, call *ast.CallExpr, i int, callee string, rt knowledge.Runtime, g guard) bool {
	if i >= len(call.Args) {
		return false
	}
	return c.addArg(cur, call, call.Args[i], callee, rt, g)
}

// addArg records a site, once, and what it teaches: a parameter of the
// enclosing function that flows into it makes that function a wrapper; a
// field read into it is a status field. A site found again through a
// wrapper whose guard has grown weaker is read again.
func (c *collector) addArg(cur inspector.Cursor, n ast.Node, arg ast.Expr, callee string, rt knowledge.Runtime, g guard) bool {
	key := doneKey{n, arg}
	if e := c.done[key]; e != nil {
		if weaker := e.g.or(g); !weaker.equal(e.g) {
			e.g = weaker
			c.read(e)
			return true
		}
		return false
	}
	e := &entry{site: &Site{Node: n, Arg: arg, Callee: callee, Runtime: rt, Func: funcs.Enclosing(c.pass.TypesInfo, cur)}, cur: cur, g: g}
	c.done[key] = e
	c.res.Sites = append(c.res.Sites, e.site)
	c.read(e)
	return true
}

// read finds the codes of a site and what it teaches.
func (c *collector) read(e *entry) {
	site, cur, arg := e.site, e.cur, e.site.Arg
	codes, _ := c.values.codes(cur, arg)
	site.Codes = e.g.filter(codes)

	info := c.pass.TypesInfo
	fn := funcs.Declared(info, cur)
	switch x := stripConversions(info, arg).(type) {
	case *ast.Ident:
		if p, i := c.values.param(fn, x); p != nil && funcs.Enclosing(info, cur).Obj == fn {
			if pg, ok := c.values.paramFlow(cur, p); ok {
				c.addWrapper(fn, i, site.Runtime, pg.and(e.g))
			}
		} else if p != nil && !c.values.reassigned(p) {
			// Through a function literal: no guard is read there.
			c.addWrapper(fn, i, site.Runtime, e.g)
		}
	case *ast.CallExpr:
		if callee, ok := typeutil.Callee(info, x).(*types.Func); ok {
			// A getter of a field of this package, called directly or
			// through an interface: the field carries a status.
			callee = callee.Origin()
			getters := []*types.Func{callee}
			if recv := callee.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
				iface, _ := recv.Type().Underlying().(*types.Interface)
				getters = nil
				for _, im := range c.values.impls(callee, iface) {
					getters = append(getters, im.fn)
				}
			}
			for _, g := range getters {
				if f := c.values.getter(g, 0); f != nil && f.Pkg() == c.pass.Pkg {
					c.fields[f] = site.Runtime
				}
			}
		}
		// A mapper that passes a parameter of the enclosing function
		// through: orDefault(code).
		if callee, ok := typeutil.Callee(info, x).(*types.Func); ok && fn != nil {
			if m, ok := c.values.mapping(callee.Origin(), 0, x); ok {
				for _, pp := range m.params {
					if pp.Index < len(x.Args) {
						if p, i := c.values.param(fn, x.Args[pp.Index]); p != nil && funcs.Enclosing(info, cur).Obj == fn {
							if pg, ok := c.values.paramFlow(cur, p); ok {
								c.addWrapper(fn, i, site.Runtime, pg.and(pp.Guard).and(e.g))
							}
						}
					}
				}
			}
		}
	case *ast.SelectorExpr:
		if sel := info.Selections[x]; sel != nil && sel.Kind() == types.FieldVal {
			if f := sel.Obj().(*types.Var); f.Pkg() == c.pass.Pkg {
				c.fields[f] = site.Runtime
			}
		}
	}
}

// markErrors marks the sites that build an error value, as the knowledge
// tables list them. A wrapper's site is not marked: its callee is the
// wrapper.
func (c *collector) markErrors() {
	info := c.pass.TypesInfo
	for _, s := range c.res.Sites {
		switch n := s.Node.(type) {
		case *ast.CallExpr:
			switch callee := typeutil.Callee(info, n).(type) {
			case *types.Func:
				s.Error = knowledge.BuildsError(knowledge.KeyOf(callee))
			case *types.Var:
				if callee.Pkg() != nil && callee.Parent() == callee.Pkg().Scope() {
					s.Error = knowledge.BuildsError(callee.Pkg().Path() + "." + callee.Name())
				}
			}
		case *ast.CompositeLit:
			named := namedStruct(info.TypeOf(n))
			if named == nil || named.Obj().Pkg() == nil {
				continue
			}
			st := named.Underlying().(*types.Struct)
			for i, elt := range n.Elts {
				field := (*types.Var)(nil)
				if kv, ok := elt.(*ast.KeyValueExpr); ok && kv.Value == s.Arg {
					if key, ok := kv.Key.(*ast.Ident); ok {
						field, _ = info.Uses[key].(*types.Var)
					}
				} else if elt == s.Arg && i < st.NumFields() {
					field = st.Field(i)
				}
				if field != nil {
					s.Error = knowledge.BuildsError(named.Obj().Pkg().Path() + "." + named.Obj().Name() + "." + field.Name())
				}
			}
		}
	}
}

// addCallback records the sites of a callback whose integer result sets
// the status: each return of a function literal, or what a function of
// this package or, through its fact, of another returns.
func (c *collector) addCallback(cur inspector.Cursor, call *ast.CallExpr, cb knowledge.Callback, callee string) {
	if cb.Arg >= len(call.Args) {
		return
	}
	info := c.pass.TypesInfo
	switch f := ast.Unparen(call.Args[cb.Arg]).(type) {
	case *ast.FuncLit:
		lit, ok := cur.FindNode(f)
		if !ok {
			return
		}
		nres := info.TypeOf(f).(*types.Signature).Results().Len()
		for r := range lit.Preorder((*ast.ReturnStmt)(nil)) {
			ret := r.Node().(*ast.ReturnStmt)
			if funcs.Enclosing(info, r).Lit == f && len(ret.Results) == nres && cb.Result < nres {
				c.addArg(r, call, ret.Results[cb.Result], callee, cb.Runtime, noGuard)
			}
		}
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := f.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = f.(*ast.Ident)
		}
		fn, ok := info.Uses[id].(*types.Func)
		if !ok {
			return
		}
		key := doneKey{call, f}
		if c.done[key] != nil {
			return
		}
		site := &Site{Node: call, Arg: f, Callee: callee, Runtime: cb.Runtime, Func: funcs.Enclosing(info, cur)}
		c.done[key] = &entry{site: site, cur: cur, g: noGuard}
		if m, ok := c.values.mapping(fn.Origin(), cb.Result, f); ok {
			site.Codes = m.codes
		}
		c.res.Sites = append(c.res.Sites, site)
	}
}

// addWrapper records that parameter i of fn flows into a site of runtime
// rt under guard g; a parameter that flows into several sites is let
// through by the weakest of their guards.
func (c *collector) addWrapper(fn *types.Func, i int, rt knowledge.Runtime, g guard) {
	if c.wrappers[fn] == nil {
		c.wrappers[fn] = map[int]wrapperParam{}
	}
	if old, ok := c.wrappers[fn][i]; ok {
		g = old.Guard.or(g)
	}
	c.wrappers[fn][i] = wrapperParam{Index: i, Runtime: rt, Guard: g}
}

// wrapperParams returns the parameters of fn that flow into a status site.
func (c *collector) wrapperParams(fn *types.Func) map[int]wrapperParam {
	if fn.Pkg() == c.pass.Pkg {
		return c.wrappers[fn]
	}
	var fact wrapperFact
	if !c.pass.ImportObjectFact(fn, &fact) {
		return nil
	}
	params := map[int]wrapperParam{}
	for _, p := range fact.Params {
		params[p.Index] = p
	}
	return params
}

// statusField reports whether a store goes to a field that carries a
// status: listed in the knowledge tables, or found read at a site of this
// package or, through a fact, of the package that declares it.
func (c *collector) statusField(st fieldStore) (rt knowledge.Runtime, listed, ok bool) {
	obj := st.owner.Obj()
	if obj.Pkg() != nil {
		if rt, ok := knowledge.LookupField(obj.Pkg().Path() + "." + obj.Name() + "." + st.field.Name()); ok {
			return rt, true, true
		}
	}
	if rt, ok := c.fields[st.field]; ok {
		return rt, false, true
	}
	var fact fieldFact
	if st.field.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(st.field, &fact) {
		return fact.Runtime, false, true
	}
	return "", false, false
}

// exportFacts exports what other packages need: wrappers, status fields
// and mappers.
func (c *collector) exportFacts() {
	defer func() {
		if c.exported {
			c.pass.ExportPackageFact(new(hasFacts))
		}
	}()
	for fn, params := range c.wrappers {
		fact := &wrapperFact{}
		for _, p := range params {
			fact.Params = append(fact.Params, p)
		}
		slices.SortFunc(fact.Params, func(a, b wrapperParam) int { return a.Index - b.Index })
		c.pass.ExportObjectFact(fn, fact)
		c.exported = true
	}
	for f, rt := range c.fields {
		c.pass.ExportObjectFact(f, &fieldFact{rt})
		c.exported = true
	}
	c.values.exportTables(c.pass)
	for fn, results := range c.values.mappers() {
		// Only mappers that return a status code at least once are worth a
		// fact; counters and sizes are not.
		fact := &returnsFact{}
		worth := false
		for _, r := range results {
			rf := resultFact{Index: r.index, Params: r.m.params}
			for _, code := range r.m.codes {
				worth = worth || 100 <= code.Value && code.Value <= 599
				if !slices.Contains(rf.Codes, code.Value) {
					rf.Codes = append(rf.Codes, code.Value)
				}
			}
			slices.Sort(rf.Codes)
			fact.Results = append(fact.Results, rf)
		}
		if worth {
			c.pass.ExportObjectFact(fn, fact)
		}
	}
}

// isWriteHeader reports whether fn is WriteHeader(int) on a type that
// implements net/http.ResponseWriter.
func (c *collector) isWriteHeader(fn *types.Func) bool {
	sig := fn.Signature()
	if c.writer == nil || fn.Name() != "WriteHeader" || sig.Recv() == nil || sig.Params().Len() != 1 {
		return false
	}
	if !isInteger(sig.Params().At(0).Type()) {
		return false
	}
	t := sig.Recv().Type()
	if types.Implements(t, c.writer) {
		return true
	}
	_, isPtr := t.(*types.Pointer)
	return !isPtr && !types.IsInterface(t) && types.Implements(types.NewPointer(t), c.writer)
}

// probed reports whether the error value that the call at cur builds is
// only inspected: assigned to a local variable whose every use is the
// operand of a type assertion. huma builds its error schema from
// NewError(0, ""), and a test of an override repeats it (se :=
// huma.NewError(0, ""); vm, ok := se.(*model)); huma sends an error that
// an operation returns or WriteErr builds, never one that is only
// inspected.
func (c *collector) probed(cur inspector.Cursor) bool {
	assign, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok || len(assign.Lhs) != 1 || len(assign.Rhs) != 1 {
		return false
	}
	id, ok := assign.Lhs[0].(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return false // "_" or a package-level variable
	}
	var body ast.Node
	for e := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body = e.Node()
		break
	}
	if body == nil {
		return false
	}
	var asserted, uses int
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			if x, ok := ast.Unparen(n.X).(*ast.Ident); ok && c.pass.TypesInfo.Uses[x] == v {
				asserted++
			}
		case *ast.Ident:
			if c.pass.TypesInfo.Uses[n] == v {
				uses++
			}
		}
		return true
	})
	return uses > 0 && uses == asserted
}

// importsHTTP reports whether the package imports a package that the
// knowledge tables name, net/http/httptest, or a package with status
// wrappers or fields.
func importsHTTP(pass *analysis.Pass) bool {
	if knowledge.ImportsKnown(pass.Pkg) {
		return true
	}
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == "net/http/httptest" || pass.ImportPackageFact(imp, new(hasFacts)) {
			return true
		}
	}
	return false
}

// isInteger reports whether t is an integer type.
func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// hasIntParam reports whether fn has a parameter of integer type: only such
// a function can be a wrapper.
func hasIntParam(fn *types.Func) bool {
	params := fn.Signature().Params()
	for i := range params.Len() {
		if isInteger(params.At(i).Type()) {
			return true
		}
	}
	return false
}

// stripConversions removes parentheses and conversions around e.
func stripConversions(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return e
		}
		if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
			return e
		}
		e = call.Args[0]
	}
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

func namedStruct(t types.Type) *types.Named {
	named := funcs.NamedOf(t)
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
