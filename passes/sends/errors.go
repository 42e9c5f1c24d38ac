package sends

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/flow"
	"github.com/statuslint/statuslint/internal/funcs"
)

// errorIface is the error interface.
var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// isError reports whether values of t are errors: the error interface, or
// a type that implements it (*echo.HTTPError, huma.StatusError).
func isError(t types.Type) bool { return t != nil && types.Implements(t, errorIface) }

// errorResults reports whether a function of signature sig returns an
// error.
func errorResults(sig *types.Signature) bool {
	for v := range sig.Results().Variables() {
		if isError(v.Type()) {
			return true
		}
	}
	return false
}

// errReach is what one function does with the errors it receives: the
// calls of its body whose error result reaches one of its returns, and
// the error parameters that do.
type errReach struct {
	calls  map[*ast.CallExpr]bool
	params []int
}

// origins is a set of nodes an error value may come from: calls (their
// error result) and parameter names, in source order.
type origins []ast.Node

func (o origins) union(p origins) origins {
	if len(p) == 0 {
		return o
	}
	if len(o) == 0 {
		return p
	}
	out := slices.Clone(o)
	for _, n := range p {
		if i, found := slices.BinarySearchFunc(out, n, compareNodes); !found {
			out = slices.Insert(out, i, n)
		}
	}
	return out
}

func compareNodes(a, b ast.Node) int {
	return cmp.Or(cmp.Compare(a.Pos(), b.Pos()), cmp.Compare(a.End(), b.End()))
}

// errState maps the local variables of a function to the origins of the
// error they may hold. Values are never changed: a transfer copies.
type errState map[*types.Var]origins

// errFlow follows error values through one function body (a forward
// analysis over internal/flow): an assignment gives a variable the
// origins of its right-hand side; a call of fmt.Errorf with %w, of
// errors.Join or of a function that returns its error parameter passes
// its arguments' origins on; a return records what reaches it.
type errFlow struct {
	st      *state
	returns map[*ast.ReturnStmt]bool // the function's own returns, not its literals'
	named   []*types.Var             // the named results
	reached origins
}

func (f *errFlow) Join(a, b errState) errState {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := make(errState, len(a)+len(b))
	for v, o := range a {
		out[v] = o
	}
	for v, o := range b {
		out[v] = out[v].union(o)
	}
	return out
}

func (f *errFlow) Equal(a, b errState) bool {
	if len(a) != len(b) {
		return false
	}
	for v, o := range a {
		p, ok := b[v]
		if !ok || !slices.Equal(o, p) {
			return false
		}
	}
	return true
}

func (f *errFlow) Call(_ *ast.CallExpr, s errState) errState { return s }

func (f *errFlow) Branch(_ flow.Cond, _ bool, s errState) (errState, bool) { return s, true }

func (f *errFlow) Node(n ast.Node, s errState) errState {
	switch n := n.(type) {
	case *ast.AssignStmt:
		return f.assign(s, n.Lhs, n.Rhs)
	case *ast.DeclStmt:
		if gd, ok := n.Decl.(*ast.GenDecl); ok {
			for _, spec := range gd.Specs {
				if vs, ok := spec.(*ast.ValueSpec); ok && len(vs.Values) > 0 {
					lhs := make([]ast.Expr, len(vs.Names))
					for i, id := range vs.Names {
						lhs[i] = id
					}
					s = f.assign(s, lhs, vs.Values)
				}
			}
		}
	case *ast.ReturnStmt:
		if !f.returns[n] {
			break
		}
		if len(n.Results) == 0 {
			for _, v := range f.named {
				f.reached = f.reached.union(s[v])
			}
		}
		for _, r := range n.Results {
			f.reached = f.reached.union(f.origins(r, s))
		}
	}
	return s
}

// assign gives the variables of lhs the origins of rhs.
func (f *errFlow) assign(s errState, lhs, rhs []ast.Expr) errState {
	info := f.st.pass.TypesInfo
	var out errState
	set := func(e ast.Expr, o origins) {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return
		}
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok {
			return
		}
		if out == nil {
			out = make(errState, len(s)+1)
			for k, p := range s {
				out[k] = p
			}
		}
		if len(o) == 0 {
			delete(out, v)
		} else {
			out[v] = o
		}
	}
	if len(lhs) == len(rhs) {
		// Read every right-hand side before any variable changes.
		os := make([]origins, len(rhs))
		for i, r := range rhs {
			os[i] = f.origins(r, s)
		}
		for i, l := range lhs {
			set(l, os[i])
		}
	} else if len(rhs) == 1 {
		call, _ := ast.Unparen(rhs[0]).(*ast.CallExpr)
		tuple, _ := info.TypeOf(rhs[0]).(*types.Tuple)
		for i, l := range lhs {
			var o origins
			if call != nil && tuple != nil && i < tuple.Len() && isError(tuple.At(i).Type()) && f.st.origin(call) {
				o = origins{call}
			}
			set(l, o)
		}
	}
	if out == nil {
		return s
	}
	return out
}

// origins returns where the error value of e may come from.
func (f *errFlow) origins(e ast.Expr, s errState) origins {
	info := f.st.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := info.Uses[e].(*types.Var); ok {
			return s[v]
		}
	case *ast.CallExpr:
		var o origins
		if f.st.origin(e) {
			o = origins{e}
		}
		fn := typeutil.StaticCallee(info, e)
		if fn == nil {
			return o
		}
		switch fn.FullName() {
		case "fmt.Errorf":
			if len(e.Args) > 0 {
				if tv := info.Types[e.Args[0]]; tv.Value != nil && tv.Value.Kind() == constant.String && strings.Contains(constant.StringVal(tv.Value), "%w") {
					for _, a := range e.Args[1:] {
						o = o.union(f.origins(a, s))
					}
				}
			}
		case "errors.Join":
			for _, a := range e.Args {
				o = o.union(f.origins(a, s))
			}
		default:
			for _, i := range f.st.passes(fn.Origin()) {
				if i < len(e.Args) && !e.Ellipsis.IsValid() {
					o = o.union(f.origins(e.Args[i], s))
				}
			}
		}
		return o
	}
	return nil
}

// origin reports whether call is a call of a function whose error result
// may carry codes: a function that the package declares or that another
// package's fact describes.
func (st *state) origin(call *ast.CallExpr) bool {
	fn := typeutil.StaticCallee(st.pass.TypesInfo, call)
	return fn != nil && errorResults(fn.Signature())
}

// reach returns what f does with the errors it receives, computed once.
// A function whose flow is not complete (past the engine's bound) passes
// every call's error on and every error parameter: nothing is dropped
// that might reach.
func (st *state) reach(f funcs.Func) *errReach {
	if r, ok := st.reaches[f]; ok {
		if r == nil {
			return &errReach{} // a cycle: computed above
		}
		return r
	}
	st.reaches[f] = nil
	body, sig, params := st.bodyOf(f)
	r := &errReach{calls: map[*ast.CallExpr]bool{}}
	if body != nil {
		info := st.pass.TypesInfo
		ef := &errFlow{st: st, returns: map[*ast.ReturnStmt]bool{}}
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				ef.returns[n] = true
			}
			return true
		})
		for v := range sig.Results().Variables() {
			if v.Name() != "" {
				ef.named = append(ef.named, v)
			}
		}
		entry := errState{}
		var paramIDs []*ast.Ident
		for _, id := range params {
			if v, ok := info.Defs[id].(*types.Var); ok && isError(v.Type()) {
				entry[v] = origins{id}
				paramIDs = append(paramIDs, id)
			}
		}
		g := flow.New(body, info, funcs.MayReturn(info), nil)
		res := flow.Forward[errState](g, entry, ef)
		complete := res.Complete()
		ast.Inspect(body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && st.origin(call) {
				_, found := slices.BinarySearchFunc(ef.reached, ast.Node(call), compareNodes)
				r.calls[call] = found || !complete
			}
			return true
		})
		for i, id := range params {
			if !slices.Contains(paramIDs, id) {
				continue
			}
			if _, found := slices.BinarySearchFunc(ef.reached, ast.Node(id), compareNodes); found || !complete {
				r.params = append(r.params, i)
			}
		}
	}
	st.reaches[f] = r
	return r
}

// bodyOf returns the body, signature and parameter names (one per
// parameter, nil for an unnamed one) of a function of the package.
func (st *state) bodyOf(f funcs.Func) (*ast.BlockStmt, *types.Signature, []*ast.Ident) {
	var ft *ast.FuncType
	var body *ast.BlockStmt
	var sig *types.Signature
	if f.Lit != nil {
		ft, body = f.Lit.Type, f.Lit.Body
		sig, _ = st.pass.TypesInfo.TypeOf(f.Lit).(*types.Signature)
	} else if d := st.bodies[f.Obj]; d != nil {
		ft, body, sig = d.Type, d.Body, f.Obj.Signature()
	}
	if body == nil || sig == nil {
		return nil, nil, nil
	}
	var params []*ast.Ident
	for _, field := range ft.Params.List {
		if len(field.Names) == 0 {
			params = append(params, nil)
		}
		params = append(params, field.Names...)
	}
	return body, sig, params
}

// passes returns the indexes of fn's error parameters that reach its
// results: fn wraps or returns the error it is given.
func (st *state) passes(fn *types.Func) []int {
	if fn.Pkg() != st.pass.Pkg {
		if fact := st.res.imported[fn]; fact != nil {
			return fact.Passes
		}
		return nil
	}
	if !st.decls[fn] || !errorResults(fn.Signature()) {
		return nil
	}
	return st.reach(funcs.Func{Obj: fn}).params
}
