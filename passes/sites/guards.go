package sites

import (
	"fmt"
	"github.com/statuslint/statuslint/internal/source"
	"go/ast"
	"go/token"
	"go/types"
	"math"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
)

// guard is the set of integers a condition lets through: Lo…Hi, minus
// Not. The zero-free value noGuard lets everything through.
type guard struct {
	Lo, Hi int64
	Not    []int64 // sorted, each within Lo…Hi
}

var noGuard = guard{Lo: math.MinInt64, Hi: math.MaxInt64}

func (g guard) trivial() bool {
	return g.Lo == math.MinInt64 && g.Hi == math.MaxInt64 && len(g.Not) == 0
}

func (g guard) allows(v int64) bool {
	return g.Lo <= v && v <= g.Hi && !slices.Contains(g.Not, v)
}

func (g guard) equal(h guard) bool {
	return g.Lo == h.Lo && g.Hi == h.Hi && slices.Equal(g.Not, h.Not)
}

// and is the conjunction of g and h: the values both let through.
func (g guard) and(h guard) guard {
	r := guard{Lo: max(g.Lo, h.Lo), Hi: min(g.Hi, h.Hi)}
	for _, n := range append(slices.Clone(g.Not), h.Not...) {
		if r.Lo <= n && n <= r.Hi && !slices.Contains(r.Not, n) {
			r.Not = append(r.Not, n)
		}
	}
	slices.Sort(r.Not)
	return r
}

// or is a guard that lets through every value g or h lets through: the
// hull of the two ranges, minus the points both exclude.
func (g guard) or(h guard) guard {
	r := guard{Lo: min(g.Lo, h.Lo), Hi: max(g.Hi, h.Hi)}
	for _, n := range append(slices.Clone(g.Not), h.Not...) {
		if !g.allows(n) && !h.allows(n) && !slices.Contains(r.Not, n) {
			r.Not = append(r.Not, n)
		}
	}
	slices.Sort(r.Not)
	return r
}

func (g guard) String() string {
	if g.trivial() {
		return ""
	}
	var parts []string
	if g.Lo == g.Hi {
		parts = append(parts, fmt.Sprintf("==%d", g.Lo))
	} else {
		if g.Lo != math.MinInt64 {
			parts = append(parts, fmt.Sprintf(">=%d", g.Lo))
		}
		if g.Hi != math.MaxInt64 {
			parts = append(parts, fmt.Sprintf("<=%d", g.Hi))
		}
	}
	for _, n := range g.Not {
		parts = append(parts, fmt.Sprintf("!=%d", n))
	}
	return " if " + strings.Join(parts, " ")
}

// filter returns the codes g lets through.
func (g guard) filter(codes []Code) []Code {
	if g.trivial() {
		return codes
	}
	var kept []Code
	for _, c := range codes {
		if g.allows(c.Value) {
			kept = append(kept, c)
		}
	}
	return kept
}

// compare returns the guard of "x op c".
func compare(op token.Token, c int64) guard {
	g := noGuard
	switch op {
	case token.EQL:
		g.Lo, g.Hi = c, c
	case token.NEQ:
		g.Not = []int64{c}
	case token.LSS:
		if c == math.MinInt64 {
			return noGuard
		}
		g.Hi = c - 1
	case token.LEQ:
		g.Hi = c
	case token.GTR:
		if c == math.MaxInt64 {
			return noGuard
		}
		g.Lo = c + 1
	case token.GEQ:
		g.Lo = c
	}
	return g
}

var (
	flipped = map[token.Token]token.Token{token.EQL: token.EQL, token.NEQ: token.NEQ, token.LSS: token.GTR, token.LEQ: token.GEQ, token.GTR: token.LSS, token.GEQ: token.LEQ}
	negated = map[token.Token]token.Token{token.EQL: token.NEQ, token.NEQ: token.EQL, token.LSS: token.GEQ, token.LEQ: token.GTR, token.GTR: token.LEQ, token.GEQ: token.LSS}
)

// cond returns what cond (or, when neg is set, its negation) says of the
// value of lv: a comparison of lv with a constant, and conjunctions and
// disjunctions of them. Anything else says nothing.
func (v *values) cond(e ast.Expr, lv *types.Var, neg bool) guard {
	switch e := e.(type) {
	case *ast.ParenExpr:
		return v.cond(e.X, lv, neg)
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return v.cond(e.X, lv, !neg)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			a, b := v.cond(e.X, lv, neg), v.cond(e.Y, lv, neg)
			if (e.Op == token.LAND) != neg {
				return a.and(b)
			}
			return a.or(b)
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			op := e.Op
			c, ok := source.IntConst(v.pass.TypesInfo, e.Y)
			if !ok || !v.is(e.X, lv) {
				if c, ok = source.IntConst(v.pass.TypesInfo, e.X); !ok || !v.is(e.Y, lv) {
					return noGuard
				}
				op = flipped[op]
			}
			if neg {
				op = negated[op]
			}
			return compare(op, c)
		}
	}
	return noGuard
}

func (v *values) is(e ast.Expr, lv *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && v.pass.TypesInfo.Uses[id] == lv
}

// posGuard is a guard that holds of the values lv had at pos, the
// condition it comes from, on every path from there to a site. Body is,
// for an if statement before the site whose body assigns lv or leaves,
// that body: what it assigns does not come from before pos.
type posGuard struct {
	g    guard
	pos  token.Pos
	body *ast.BlockStmt
}

// guardsAt returns the guards that hold of lv where cur stands: the
// conditions of the if statements around cur, within its function, and of
// the if statements before cur in its blocks whose body leaves or assigns
// lv (if code == 0 { return }, if code == 0 { code = 500 }). It returns
// nothing for a variable whose address is taken, that a function literal
// assigns, or in a function with a goto.
func (v *values) guardsAt(cur inspector.Cursor, lv *types.Var) []posGuard {
	v.readAround(lv.Pos())
	if v.opaque[lv] || v.captured[lv] || v.gotos[v.readAround(cur.Node().Pos())] {
		return nil
	}
	var gs []posGuard
	add := func(g guard, pos token.Pos, body *ast.BlockStmt) {
		if !g.trivial() {
			gs = append(gs, posGuard{g, pos, body})
		}
	}
	child := cur
	for p := cur.Parent(); p.Node() != nil; child, p = p, p.Parent() {
		var list []ast.Stmt
		switch n := p.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return gs
		case *ast.IfStmt:
			if child.Node() == n.Body {
				add(v.cond(n.Cond, lv, false), n.Cond.Pos(), nil)
			} else if n.Else != nil && child.Node() == n.Else {
				add(v.cond(n.Cond, lv, true), n.Cond.Pos(), nil)
			}
			continue
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		default:
			continue
		}
		i := slices.IndexFunc(list, func(s ast.Stmt) bool { return s == child.Node() })
		if i < 0 {
			continue // a case expression or a select's communication
		}
		for _, s := range list[:i] {
			if ifs, ok := s.(*ast.IfStmt); ok && (v.leaves(ifs.Body) || v.assignsAtTop(ifs.Body, lv)) {
				add(v.cond(ifs.Cond, lv, true), ifs.Cond.Pos(), ifs.Body)
			}
		}
	}
	return gs
}

// leaves reports whether the block ends in a return, a panic, or a break
// or continue: control never falls out of it.
func (v *values) leaves(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok == token.BREAK || s.Tok == token.CONTINUE
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok || id.Name != "panic" {
			return false
		}
		_, builtin := v.pass.TypesInfo.Uses[id].(*types.Builtin)
		return builtin
	}
	return false
}

// assignsAtTop reports whether a statement of the block itself (not one
// nested in it) assigns lv.
func (v *values) assignsAtTop(b *ast.BlockStmt, lv *types.Var) bool {
	for _, s := range b.List {
		if as, ok := s.(*ast.AssignStmt); ok && as.Tok == token.ASSIGN && len(as.Lhs) == len(as.Rhs) {
			for _, lhs := range as.Lhs {
				if v.is(lhs, lv) {
					return true
				}
			}
		}
	}
	return false
}

// varCodes returns the codes that lv can hold where cur stands: what its
// assignments resolve to, less what the guards there exclude of the
// values assigned before them.
func (v *values) varCodes(cur inspector.Cursor, lv *types.Var) ([]Code, bool) {
	v.readAround(lv.Pos())
	if v.opaque[lv] || len(v.assigns[lv]) == 0 {
		return nil, false
	}
	gs := v.guardsAt(cur, lv)
	var all []Code
	for _, a := range v.assigns[lv] {
		codes, ok := v.resolveAssign(a, map[*types.Var]bool{lv: true})
		if !ok {
			return nil, false
		}
		for _, g := range gs {
			if a.rhs.Pos() < g.pos {
				codes = g.g.filter(codes)
			}
		}
		all = append(all, codes...)
	}
	return all, true
}

// paramFlow reports whether the value that parameter p of the function
// around cur receives from its caller reaches cur, and under which guard:
// p is not assigned, or only in the bodies of if statements before cur
// that test it (if code == 0 { code = 500 }).
func (v *values) paramFlow(cur inspector.Cursor, p *types.Var) (guard, bool) {
	v.readAround(p.Pos())
	if v.opaque[p] || v.captured[p] {
		return noGuard, false
	}
	gs := v.guardsAt(cur, p)
	for _, a := range v.assigns[p] {
		if !slices.ContainsFunc(gs, func(g posGuard) bool {
			return g.body != nil && g.body.Pos() <= a.rhs.Pos() && a.rhs.Pos() < g.body.End()
		}) {
			return noGuard, false
		}
	}
	g := noGuard
	for _, pg := range gs {
		g = g.and(pg.g)
	}
	return g, true
}

// param returns the index of the parameter of fn that e names, stripped of
// conversions, if any; variadic parameters are left out.
func (v *values) param(fn *types.Func, e ast.Expr) (*types.Var, int) {
	id, ok := stripConversions(v.pass.TypesInfo, e).(*ast.Ident)
	if !ok || fn == nil {
		return nil, -1
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		if params.At(i) == v.pass.TypesInfo.Uses[id] && isInteger(params.At(i).Type()) && (!fn.Signature().Variadic() || i != params.Len()-1) {
			return params.At(i), i
		}
	}
	return nil, -1
}
