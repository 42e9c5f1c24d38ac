package sites

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/source"
)

// A status table is a package-level map literal with integer values that
// nothing writes: var errStatus = map[error]int{errFrozen: 471}. A lookup
// errStatus[err] holds one of its values (or the zero value for a missing
// key, which is not guessed).

// tableFact records the values of an exported status table.
type tableFact struct{ Codes []int64 }

func (*tableFact) AFact() {}

func (f *tableFact) String() string { return "table" + fmtCodes(f.Codes) }

// tableVar returns the package-level map variable with integer values that
// e names, if any.
func (v *values) tableVar(e ast.Expr) *types.Var {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return nil
	}
	obj, ok := v.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return nil
	}
	if m, ok := obj.Type().Underlying().(*types.Map); !ok || !isInteger(m.Elem()) {
		return nil
	}
	return obj
}

// lookup returns the codes a lookup in a status table can hold.
func (v *values) lookup(e *ast.IndexExpr) ([]Code, bool) {
	obj := v.tableVar(e.X)
	if obj == nil || v.written(obj) {
		return nil, false
	}
	if obj.Pkg() == v.pass.Pkg {
		return v.table(obj)
	}
	var fact tableFact
	if !v.pass.ImportObjectFact(obj, &fact) {
		return nil, false
	}
	codes := make([]Code, len(fact.Codes))
	for i, c := range fact.Codes {
		codes[i] = Code{Value: c, Expr: e, Via: funcs.Qualify(obj.Pkg(), v.pass.Pkg) + obj.Name() + "[…]"}
	}
	return codes, true
}

// table returns the values of the map literal that initializes the
// package-level variable obj of this package, if every one is a constant.
func (v *values) table(obj *types.Var) ([]Code, bool) {
	if codes, ok := v.tables[obj]; ok {
		return codes, codes != nil
	}
	v.tables[obj] = nil
	lit := v.initializer(obj)
	if lit == nil {
		return nil, false
	}
	var codes []Code
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, false
		}
		c, ok := source.IntConst(v.pass.TypesInfo, kv.Value)
		if !ok {
			return nil, false
		}
		codes = append(codes, Code{Value: c, Expr: kv.Value})
	}
	v.tables[obj] = codes
	return codes, len(codes) > 0
}

// initializer returns the composite literal that the declaration of obj, a
// package-level variable of this package, gives it.
func (v *values) initializer(obj *types.Var) *ast.CompositeLit {
	for _, f := range v.pass.Files {
		if obj.Pos() < f.FileStart || f.FileEnd < obj.Pos() {
			continue
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR || obj.Pos() < gd.Pos() || gd.End() <= obj.Pos() {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Names) != len(vs.Values) {
					continue
				}
				for i, name := range vs.Names {
					if name.Pos() == obj.Pos() {
						lit, _ := ast.Unparen(vs.Values[i]).(*ast.CompositeLit)
						return lit
					}
				}
			}
		}
	}
	return nil
}

// written reports whether this package may change the map variable obj:
// anything but a lookup, a range over it or len(obj) counts.
func (v *values) written(obj *types.Var) bool {
	if v.mapUses == nil {
		v.mapUses = map[*types.Var][]*ast.Ident{}
		for id, o := range v.pass.TypesInfo.Uses {
			if lv, ok := o.(*types.Var); ok && lv.Pkg() != nil && lv.Parent() == lv.Pkg().Scope() {
				if _, ok := lv.Type().Underlying().(*types.Map); ok {
					v.mapUses[lv] = append(v.mapUses[lv], id)
				}
			}
		}
	}
	if w, ok := v.writes[obj]; ok {
		return w
	}
	w := slices.ContainsFunc(v.mapUses[obj], func(id *ast.Ident) bool { return !v.readOnly(id) })
	v.writes[obj] = w
	return w
}

// readOnly reports whether the use id of a map variable only reads it.
func (v *values) readOnly(id *ast.Ident) bool {
	cur, ok := v.in.Root().FindByPos(id.Pos(), id.End())
	if !ok {
		return false
	}
	var e ast.Node = id
	p := cur.Parent()
	if sel, ok := p.Node().(*ast.SelectorExpr); ok && sel.Sel == id {
		e, p = sel, p.Parent()
	}
	switch n := p.Node().(type) {
	case *ast.IndexExpr:
		if n.X != e {
			return true // a key: the map is read
		}
		switch pp := p.Parent().Node().(type) {
		case *ast.AssignStmt:
			return !slices.Contains(pp.Lhs, ast.Expr(n))
		case *ast.IncDecStmt:
			return false
		case *ast.UnaryExpr:
			return pp.Op != token.AND
		}
		return true
	case *ast.RangeStmt:
		return n.X == e
	case *ast.CallExpr:
		if fid, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && fid.Name == "len" {
			_, builtin := v.pass.TypesInfo.Uses[fid].(*types.Builtin)
			return builtin
		}
	}
	return false
}

// exportTables exports a fact for each exported status table of the
// package that holds a status code.
func (v *values) exportTables(pass *analysis.Pass) {
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		obj, ok := scope.Lookup(name).(*types.Var)
		if !ok || !obj.Exported() {
			continue
		}
		if m, ok := obj.Type().Underlying().(*types.Map); !ok || !isInteger(m.Elem()) {
			continue
		}
		if v.written(obj) {
			continue
		}
		codes, ok := v.table(obj)
		if !ok || !slices.ContainsFunc(codes, func(c Code) bool { return 100 <= c.Value && c.Value <= 599 }) {
			continue
		}
		fact := &tableFact{}
		for _, c := range codes {
			if !slices.Contains(fact.Codes, c.Value) {
				fact.Codes = append(fact.Codes, c.Value)
			}
		}
		slices.Sort(fact.Codes)
		pass.ExportObjectFact(obj, fact)
	}
}
