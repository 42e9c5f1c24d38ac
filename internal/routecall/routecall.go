package routecall

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/statuslint/statuslint/internal/knowledge"
)

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
