package flow

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Vars records how the variables of a function are used: which are
// assigned after their declaration (=, op=, ++, a := that redeclares),
// which have their address taken, which are assigned inside a function
// literal that does not declare them, and which are declared with a
// function literal.
type Vars struct {
	reassigned map[*types.Var]bool
	addr       map[*types.Var]bool
	captured   map[*types.Var]bool
	lits       map[*types.Var]*ast.FuncLit
}

// NewVars reads the variables of roots (function declarations or
// literals, or whole files).
func NewVars(info *types.Info, roots ...ast.Node) *Vars {
	v := &Vars{reassigned: map[*types.Var]bool{}, addr: map[*types.Var]bool{},
		captured: map[*types.Var]bool{}, lits: map[*types.Var]*ast.FuncLit{}}
	var litStack []*ast.FuncLit
	use := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		x, _ := info.Uses[id].(*types.Var)
		return x
	}
	assign := func(x *types.Var) {
		if x == nil {
			return
		}
		v.reassigned[x] = true
		if n := len(litStack); n > 0 {
			if lit := litStack[n-1]; x.Pos() < lit.Pos() || lit.End() <= x.Pos() {
				v.captured[x] = true
			}
		}
	}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			litStack = append(litStack, n)
			ast.Inspect(n.Body, visit)
			litStack = litStack[:len(litStack)-1]
			return false
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if n.Tok == token.DEFINE {
					if id, ok := l.(*ast.Ident); ok {
						if x, ok := info.Defs[id].(*types.Var); ok && x != nil {
							if len(n.Lhs) == len(n.Rhs) {
								if lit, ok := ast.Unparen(n.Rhs[i]).(*ast.FuncLit); ok {
									v.lits[x] = lit
								}
							}
							continue
						}
					}
				}
				assign(use(l))
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, id := range n.Names {
					if x, ok := info.Defs[id].(*types.Var); ok {
						if lit, ok := ast.Unparen(n.Values[i]).(*ast.FuncLit); ok {
							v.lits[x] = lit
						}
					}
				}
			}
		case *ast.IncDecStmt:
			assign(use(n.X))
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				assign(use(n.Key))
				if n.Value != nil {
					assign(use(n.Value))
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if x := use(n.X); x != nil {
					v.addr[x] = true
				}
			}
		}
		return true
	}
	for _, root := range roots {
		ast.Inspect(root, visit)
	}
	return v
}

// Reassigned reports whether x is assigned after its declaration.
func (v *Vars) Reassigned(x *types.Var) bool { return v.reassigned[x] }

// AddressTaken reports whether &x appears.
func (v *Vars) AddressTaken(x *types.Var) bool { return v.addr[x] }

// Captured reports whether x is assigned inside a function literal that
// does not declare it.
func (v *Vars) Captured(x *types.Var) bool { return v.captured[x] }

// Stable reports whether x keeps the value it is declared with: neither
// reassigned nor address-taken.
func (v *Vars) Stable(x *types.Var) bool { return !v.reassigned[x] && !v.addr[x] }

// Closure returns the function literal that x is declared with, when x
// is stable.
func (v *Vars) Closure(x *types.Var) *ast.FuncLit {
	if !v.Stable(x) {
		return nil
	}
	return v.lits[x]
}
