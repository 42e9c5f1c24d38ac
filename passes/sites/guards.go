package sites

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"math"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/statuslint/statuslint/internal/flow"
	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/source"
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

// defGuard is a definition of a variable that reaches a point of its
// function (def: the statement that assigns it, nil for a parameter's
// value from its caller), with the guard that the branches taken since
// put on the value it assigned.
type defGuard struct {
	def ast.Node
	g   guard
}

// defs is a state of the guard analysis, sorted by position.
type defs []defGuard

// guardFlow is the flow client that follows one variable through its
// function: which of its definitions reach, under which guard. A switch
// case and every condition of an else-if chain are branches like an if.
type guardFlow struct {
	v  *values
	lv *types.Var
}

func (guardFlow) Join(a, b defs) defs {
	out := slices.Clone(a)
	for _, d := range b {
		i := slices.IndexFunc(out, func(x defGuard) bool { return x.def == d.def })
		if i < 0 {
			out = append(out, d)
			continue
		}
		out[i].g = out[i].g.or(d.g)
	}
	slices.SortFunc(out, func(x, y defGuard) int { return int(defPos(x.def) - defPos(y.def)) })
	return out
}

func defPos(n ast.Node) token.Pos {
	if n == nil {
		return token.NoPos
	}
	return n.Pos()
}

func (guardFlow) Equal(a, b defs) bool {
	return slices.EqualFunc(a, b, func(x, y defGuard) bool { return x.def == y.def && x.g.equal(y.g) })
}

func (guardFlow) Call(_ *ast.CallExpr, s defs) defs { return s }

// Node makes an assignment of the variable its only definition.
func (f guardFlow) Node(n ast.Node, s defs) defs {
	var lhs []ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		lhs = n.Lhs
	case *ast.ValueSpec:
		for _, id := range n.Names {
			lhs = append(lhs, id)
		}
	case *ast.IncDecStmt:
		lhs = []ast.Expr{n.X}
	}
	for _, l := range lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok && f.v.pass.TypesInfo.ObjectOf(id) == f.lv {
			return defs{{n, noGuard}}
		}
	}
	return s
}

func (f guardFlow) Branch(c flow.Cond, taken bool, s defs) (defs, bool) {
	var g guard
	switch {
	case c.Switch == nil || c.Switch.Tag == nil:
		g = f.v.cond(c.Expr, f.lv, !taken)
	case f.v.is(c.Switch.Tag, f.lv):
		k, ok := source.IntConst(f.v.pass.TypesInfo, c.Expr)
		if !ok {
			return s, true
		}
		op := token.EQL
		if !taken {
			op = token.NEQ
		}
		g = compare(op, k)
	default:
		return s, true
	}
	if g.trivial() {
		return s, true
	}
	out := slices.Clone(s)
	for i := range out {
		out[i].g = out[i].g.and(g)
	}
	return out, true
}

// reaching returns the definitions of lv that reach the node where cur
// stands, within its function, each with its guard; false for a
// variable whose address is taken or that a function literal assigns.
func (v *values) reaching(cur inspector.Cursor, lv *types.Var) (defs, bool) {
	v.readAround(lv.Pos())
	if v.opaque[lv] || v.captured(lv) {
		return nil, false
	}
	var body *ast.BlockStmt
	for p := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch fn := p.Node().(type) {
		case *ast.FuncDecl:
			body = fn.Body
		case *ast.FuncLit:
			body = fn.Body
		}
		break
	}
	if body == nil {
		return nil, false
	}
	key := flowKey{body, lv}
	res, ok := v.flows[key]
	if !ok {
		g := v.graphs[body]
		if g == nil {
			g = flow.New(body, v.pass.TypesInfo, funcs.MayReturn(v.pass.TypesInfo), nil)
			v.graphs[body] = g
		}
		var entry defs
		if lv.Pos() < body.Pos() && lv.Kind() == types.ParamVar {
			entry = defs{{nil, noGuard}} // a parameter: the caller's value
		}
		if lv.Pos() < body.Pos() || body.End() <= lv.Pos() {
			// A variable of an enclosing function, which only that
			// function assigns: the literal may run after any of them.
			for _, a := range v.assigns[lv] {
				entry = append(entry, defGuard{a.rhs, noGuard})
			}
		}
		res = flow.Forward[defs](g, entry, guardFlow{v, lv})
		v.flows[key] = res
	}
	return res.Before(cur.Node())
}

// flowKey is one variable followed through one function body.
type flowKey struct {
	body *ast.BlockStmt
	lv   *types.Var
}

// varCodes returns the codes that lv can hold where cur stands: what the
// assignments that reach there resolve to, less what the guards on the
// way exclude.
func (v *values) varCodes(cur inspector.Cursor, lv *types.Var) ([]Code, bool) {
	v.readAround(lv.Pos())
	if v.opaque[lv] || len(v.assigns[lv]) == 0 {
		return nil, false
	}
	ds, ok := v.reaching(cur, lv)
	if !ok {
		// Assigned in a function literal: any assignment may reach, and
		// no guard is trusted.
		ds = nil
		for _, a := range v.assigns[lv] {
			ds = append(ds, defGuard{a.rhs, noGuard})
		}
	}
	var all []Code
	for _, d := range ds {
		if d.def == nil {
			continue // the caller's value: paramFlow
		}
		for _, a := range v.assigns[lv] {
			if a.rhs.Pos() < d.def.Pos() || d.def.End() <= a.rhs.Pos() {
				continue
			}
			codes, ok := v.resolveAssign(a, map[*types.Var]bool{lv: true})
			if !ok {
				return nil, false
			}
			all = append(all, d.g.filter(codes)...)
		}
	}
	return all, true
}

// paramFlow reports whether the value that parameter p of the function
// around cur receives from its caller reaches cur, and under which guard.
func (v *values) paramFlow(cur inspector.Cursor, p *types.Var) (guard, bool) {
	ds, ok := v.reaching(cur, p)
	if !ok {
		return noGuard, false
	}
	for _, d := range ds {
		if d.def == nil {
			return d.g, true
		}
	}
	return noGuard, false
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
