package funcs

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/knowledge"
)

// Func is a declared function or method, or a function literal of the
// package. Exactly one field is set.
type Func struct {
	Obj *types.Func
	Lit *ast.FuncLit
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

// Name returns how messages name fn: "http.Error",
// "http.ResponseWriter.WriteHeader", "gin.Context.JSON"; names from the
// package pkg are left unqualified.
func Name(fn *types.Func, pkg *types.Package) string {
	if recv := fn.Signature().Recv(); recv != nil {
		if named := NamedOf(recv.Type()); named != nil {
			return Qualify(named.Obj().Pkg(), pkg) + named.Obj().Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	return Qualify(fn.Pkg(), pkg) + fn.Name()
}

// Qualify returns the qualifier that names things of package p in
// messages about package from: "" for from itself, "name." otherwise.
func Qualify(p, from *types.Package) string {
	if p == nil || p == from {
		return ""
	}
	return p.Name() + "."
}

// NamedOf returns the named type of t, or of what t points to, or nil.
func NamedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, _ := types.Unalias(t).(*types.Named)
	return named
}

// IsAbstract reports whether fn is an interface method.
func IsAbstract(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

// Declared returns the declared function around cur, through any function
// literals, or nil at package level.
func Declared(info *types.Info, cur inspector.Cursor) *types.Func {
	for e := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		fn, _ := info.Defs[e.Node().(*ast.FuncDecl).Name].(*types.Func)
		return fn
	}
	return nil
}

// MayReturn returns go/cfg's mayReturn for the flow graphs of a package: a
// call may return unless it panics or calls a function that the knowledge
// tables show never returns.
func MayReturn(info *types.Info) func(*ast.CallExpr) bool {
	return func(call *ast.CallExpr) bool {
		switch fn := typeutil.Callee(info, call).(type) {
		case *types.Builtin:
			return fn.Name() != "panic"
		case *types.Func:
			return !knowledge.NoReturn(fn.FullName())
		}
		return true
	}
}
