package sites

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/funcs"
)

// A status read through an interface method, err.(interface{ StatusCode()
// int }).StatusCode(), is one of the codes that the implementations of the
// method in the analyzed program return: the types of this package and,
// through their facts, of the packages it imports. Only implementations
// that return a status code at least once count: a type with an unrelated
// method of the same name does not send anything.

// impl is a concrete method that implements an interface method.
type impl struct {
	fn   *types.Func
	name string // how messages name it, for a stable order
}

// implementations returns the codes that the implementations of the
// interface method m return in result index, standing at call.
func (v *values) implementations(m *types.Func, index int, call ast.Expr) ([]Code, bool) {
	iface, ok := m.Signature().Recv().Type().Underlying().(*types.Interface)
	if !ok {
		return nil, false
	}
	var all []Code
	for _, im := range v.impls(m, iface) {
		mp, ok := v.mapping(im.fn, index, call)
		if !ok || len(mp.params) > 0 {
			continue
		}
		if !slices.ContainsFunc(mp.codes, func(c Code) bool { return 100 <= c.Value && c.Value <= 599 }) {
			continue
		}
		all = append(all, mp.codes...)
	}
	return all, len(all) > 0
}

// impls returns the concrete methods named like m whose receiver type
// implements iface, in this package and, among the methods with a returns
// fact, in the packages it depends on.
func (v *values) impls(m *types.Func, iface *types.Interface) []impl {
	if found, ok := v.implsOf[m]; ok {
		return found
	}
	found := v.findImpls(m, iface)
	v.implsOf[m] = found
	return found
}

func (v *values) findImpls(m *types.Func, iface *types.Interface) []impl {
	var found []impl
	seen := map[*types.Func]bool{}
	consider := func(t types.Type) {
		for _, rt := range []types.Type{t, types.NewPointer(t)} {
			if !types.Implements(rt, iface) {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(rt, false, m.Pkg(), m.Name())
			fn, ok := obj.(*types.Func)
			if ok && !seen[fn] {
				seen[fn] = true
				found = append(found, impl{fn, funcs.Name(fn, v.pass.Pkg)})
			}
			return
		}
	}
	scope := v.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		if tn, ok := scope.Lookup(name).(*types.TypeName); ok && !tn.IsAlias() && !types.IsInterface(tn.Type()) {
			if _, generic := tn.Type().(*types.Named); generic && tn.Type().(*types.Named).TypeParams().Len() > 0 {
				continue
			}
			consider(tn.Type())
		}
	}
	for _, f := range v.methodFacts() {
		if f.Name() != m.Name() || f.Pkg() == v.pass.Pkg {
			continue
		}
		if named := funcs.NamedOf(f.Signature().Recv().Type()); named != nil && named.TypeParams().Len() == 0 {
			consider(named)
		}
	}
	slices.SortFunc(found, func(a, b impl) int { return strings.Compare(a.name, b.name) })
	return found
}

// methodFacts returns the methods of other packages with a returns fact,
// read once.
func (v *values) methodFacts() []*types.Func {
	if v.methods == nil {
		v.methods = []*types.Func{}
		for _, f := range v.pass.AllObjectFacts() {
			if _, ok := f.Fact.(*returnsFact); !ok {
				continue
			}
			if fn, ok := f.Object.(*types.Func); ok && fn.Signature().Recv() != nil && !types.IsInterface(fn.Signature().Recv().Type()) {
				v.methods = append(v.methods, fn)
			}
		}
	}
	return v.methods
}

// getter returns the integer field of its receiver that every return of
// fn, a method of this package, reads: func (e *APIError) StatusCode() int
// { return e.Code }.
func (v *values) getter(fn *types.Func, index int) *types.Var {
	recv := fn.Signature().Recv()
	if recv == nil || fn.Pkg() != v.pass.Pkg {
		return nil
	}
	v.readAround(fn.Pos())
	if v.bare[fn] || len(v.returns[fn]) == 0 {
		return nil
	}
	var field *types.Var
	for _, r := range v.returns[fn] {
		n := r.Node().(*ast.ReturnStmt)
		if len(n.Results) != fn.Signature().Results().Len() {
			return nil
		}
		sel, ok := stripConversions(v.pass.TypesInfo, n.Results[index]).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		s := v.pass.TypesInfo.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal || v.pass.TypesInfo.Uses[identOf(sel.X)] != recv {
			return nil
		}
		f := s.Obj().(*types.Var)
		if !isInteger(f.Type()) || field != nil && f != field {
			return nil
		}
		field = f
	}
	return field
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}
