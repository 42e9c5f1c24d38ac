package routes

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/knowledge"
)

// unwrap strips parentheses, conversions and adapters from a handler.
func (st *state) unwrap(e ast.Expr) ast.Expr {
	e, _, _ = st.adapted(e)
	return e
}

// adapted strips parentheses, conversions and adapters from a handler, and
// returns the prefix that the adapters strip from the path before it sees
// it (http.StripPrefix), outermost first.
func (st *state) adapted(e ast.Expr) (h ast.Expr, prefix string, unknown bool) {
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return ast.Unparen(e), prefix, unknown
		}
		if tv, ok := st.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			e = call.Args[0]
			continue
		}
		if inner, ok := ast.Unparen(call.Fun).(*ast.CallExpr); ok && len(call.Args) == 1 {
			// A middleware applied to the handler:
			// handlers.CanonicalHost(domain, code)(h).
			if fn, ok := typeutil.Callee(st.pass.TypesInfo, inner).(*types.Func); ok && knowledge.IsMiddleware(knowledge.KeyOf(fn)) {
				e = call.Args[0]
				continue
			}
		}
		fn, ok := typeutil.Callee(st.pass.TypesInfo, call).(*types.Func)
		if !ok {
			return call, prefix, unknown
		}
		key := knowledge.KeyOf(fn)
		i, ok := knowledge.LookupAdapter(key)
		if !ok || i >= len(call.Args) {
			return call, prefix, unknown
		}
		if j, ok := knowledge.LookupStrip(key); ok && j < len(call.Args) {
			p, u := st.constPath(call.Args[j])
			prefix, unknown = joinPath(prefix, p), unknown || u
		}
		e = call.Args[i]
	}
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
			if !funcs.IsAbstract(obj) {
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
		if !ok || funcs.IsAbstract(fn) {
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
	if fn, ok := obj.(*types.Func); ok && !funcs.IsAbstract(fn) {
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
