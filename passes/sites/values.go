package sites

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/funcs"
)

// values resolves the constant codes an expression can hold: constants,
// local variables whose every assignment is resolvable, and calls of
// functions whose integer result always is (mappers, such as
// statusFor(err)). Anything else is unknown: nothing is guessed.
//
// It reads a top-level declaration only when a question is asked about a
// variable or function declared in it, so packages with few sites cost
// little.
type values struct {
	pass    *analysis.Pass
	in      *inspector.Inspector
	decls   map[token.Pos]inspector.Cursor // top-level declarations by position
	read    map[token.Pos]bool             // declarations read
	assigns map[*types.Var][]ast.Expr      // every value assigned to a local variable
	opaque  map[*types.Var]bool            // local variables assigned in ways not followed
	returns map[*types.Func][]ast.Expr
	bare    map[*types.Func]bool // functions with a bare return
	memo    map[*types.Func][]Code
	busy    map[*types.Func]bool
}

func newValues(pass *analysis.Pass, in *inspector.Inspector) *values {
	return &values{
		pass:    pass,
		in:      in,
		read:    map[token.Pos]bool{},
		assigns: map[*types.Var][]ast.Expr{},
		opaque:  map[*types.Var]bool{},
		returns: map[*types.Func][]ast.Expr{},
		bare:    map[*types.Func]bool{},
		memo:    map[*types.Func][]Code{},
		busy:    map[*types.Func]bool{},
	}
}

// readAround reads the top-level declaration that contains pos, once.
func (v *values) readAround(pos token.Pos) {
	if v.decls == nil {
		v.decls = map[token.Pos]inspector.Cursor{}
		for file := range v.in.Root().Children() {
			for decl := range file.Children() {
				if _, ok := decl.Node().(ast.Decl); ok {
					v.decls[decl.Node().Pos()] = decl
				}
			}
		}
	}
	for _, f := range v.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			for _, d := range f.Decls {
				if d.Pos() <= pos && pos < d.End() && !v.read[d.Pos()] {
					v.read[d.Pos()] = true
					v.readDecl(v.decls[d.Pos()])
				}
			}
			return
		}
	}
}

// reassigned reports whether the local variable or parameter lv is
// assigned anywhere.
func (v *values) reassigned(lv *types.Var) bool {
	v.readAround(lv.Pos())
	return len(v.assigns[lv]) > 0 || v.opaque[lv]
}

// mappers returns the functions of the package whose integer result is
// always one of a set of constants, with the constants.
func (v *values) mappers() map[*types.Func][]Code {
	mappers := map[*types.Func][]Code{}
	for _, f := range v.pass.Files {
		for _, d := range f.Decls {
			decl, ok := d.(*ast.FuncDecl)
			if !ok || decl.Body == nil {
				continue
			}
			if fn, ok := v.pass.TypesInfo.Defs[decl.Name].(*types.Func); ok && intResult(fn) {
				if codes, ok := v.mapper(fn); ok {
					mappers[fn] = codes
				}
			}
		}
	}
	return mappers
}

func (v *values) readDecl(root inspector.Cursor) {
	info := v.pass.TypesInfo
	for cur := range root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.ReturnStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && len(n.Lhs) == len(n.Rhs) {
				for i, lhs := range n.Lhs {
					if lv := v.local(lhs); lv != nil {
						v.assigns[lv] = append(v.assigns[lv], n.Rhs[i])
					}
				}
			} else {
				for _, lhs := range n.Lhs {
					v.setOpaque(lhs)
				}
			}
		case *ast.ValueSpec:
			// A declaration without a value is left out: the zero value is
			// seldom sent, and guessing it would cry wolf.
			if len(n.Names) == len(n.Values) {
				for i, name := range n.Names {
					if lv := v.local(name); lv != nil {
						v.assigns[lv] = append(v.assigns[lv], n.Values[i])
					}
				}
			} else if len(n.Values) > 0 {
				for _, name := range n.Names {
					v.setOpaque(name)
				}
			}
		case *ast.IncDecStmt:
			v.setOpaque(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				v.setOpaque(n.X)
			}
		case *ast.ReturnStmt:
			fn := funcs.Enclosing(info, cur).Obj
			if fn == nil || !intResult(fn) {
				continue
			}
			if len(n.Results) == 0 {
				v.bare[fn] = true
			} else {
				v.returns[fn] = append(v.returns[fn], n.Results[0])
			}
		}
	}
}

// intResult reports whether fn has a single result of integer type.
func intResult(fn *types.Func) bool {
	res := fn.Signature().Results()
	return res.Len() == 1 && isInteger(res.At(0).Type())
}

// local returns the local variable that e names, if any.
func (v *values) local(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	lv, ok := v.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || lv.IsField() || lv.Parent() == nil || lv.Parent() == v.pass.Pkg.Scope() {
		return nil
	}
	return lv
}

func (v *values) setOpaque(e ast.Expr) {
	if lv := v.local(e); lv != nil {
		v.opaque[lv] = true
	}
}

// codes returns the constant codes e can hold, or false when some value
// of e is unknown.
func (v *values) codes(e ast.Expr) ([]Code, bool) {
	return v.resolve(e, map[*types.Var]bool{})
}

func (v *values) resolve(e ast.Expr, seen map[*types.Var]bool) ([]Code, bool) {
	info := v.pass.TypesInfo
	if c, ok := intConst(info, e); ok {
		return []Code{{Value: c, Expr: e}}, true
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		lv := v.local(e)
		if lv == nil {
			return nil, false
		}
		v.readAround(lv.Pos())
		if v.opaque[lv] || len(v.assigns[lv]) == 0 {
			return nil, false
		}
		if seen[lv] {
			return nil, true // a cycle adds nothing new
		}
		seen[lv] = true
		var all []Code
		for _, rhs := range v.assigns[lv] {
			codes, ok := v.resolve(rhs, seen)
			if !ok {
				return nil, false
			}
			all = append(all, codes...)
		}
		return all, true
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return v.resolve(e.Args[0], seen) // a conversion
		}
		fn, ok := typeutil.Callee(info, e).(*types.Func)
		if !ok {
			return nil, false
		}
		fn = fn.Origin()
		if fn.Pkg() != v.pass.Pkg {
			var fact returnsFact
			if !v.pass.ImportObjectFact(fn, &fact) {
				return nil, false
			}
			codes := make([]Code, len(fact.Codes))
			for i, c := range fact.Codes {
				codes[i] = Code{Value: c, Expr: e, Via: funcs.Name(fn, v.pass.Pkg)}
			}
			return codes, true
		}
		return v.mapper(fn)
	}
	return nil, false
}

// mapper returns the codes that fn of this package always returns.
func (v *values) mapper(fn *types.Func) ([]Code, bool) {
	if codes, ok := v.memo[fn]; ok {
		return codes, codes != nil
	}
	v.readAround(fn.Pos())
	if v.busy[fn] || v.bare[fn] || len(v.returns[fn]) == 0 {
		return nil, false
	}
	v.busy[fn] = true
	defer delete(v.busy, fn)
	var all []Code
	for _, r := range v.returns[fn] {
		codes, ok := v.resolve(r, map[*types.Var]bool{})
		if !ok {
			v.memo[fn] = nil
			return nil, false
		}
		all = append(all, codes...)
	}
	v.memo[fn] = all
	return all, len(all) > 0
}

// returnsFact records the constants a function always returns, for the
// status sites of other packages that use its result.
type returnsFact struct{ Codes []int64 }

func (*returnsFact) AFact() {}

func (f *returnsFact) String() string { return "returns" + fmtCodes(f.Codes) }
