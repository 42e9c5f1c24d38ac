package flow

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/cfg"
)

// The engine's bounds; see the package doc.
const (
	MaxVisits = 32
	MaxDepth  = 2
	maxDefers = 64
)

// Cond is a branch condition.
type Cond struct {
	Expr ast.Expr
	// Switch is the switch statement whose case Expr is, or nil: Expr is
	// compared with its Tag (or is itself the condition when it has none).
	Switch *ast.SwitchStmt
}

// Analysis is a client's lattice and transfer functions. S values are
// treated as immutable: a transfer returns a new value rather than
// changing its argument.
type Analysis[S any] interface {
	// Join is the least upper bound of two states.
	Join(a, b S) S
	// Equal reports whether two states are the same.
	Equal(a, b S) bool
	// Call applies a call (one that is not a followed closure).
	Call(call *ast.CallExpr, s S) S
	// Node applies what a node of a block does besides its calls (an
	// assignment), after them.
	Node(n ast.Node, s S) S
	// Branch refines s on the edge where c is taken or not; false means
	// the edge cannot be taken in s.
	Branch(c Cond, taken bool, s S) (S, bool)
}

// Graph is a function body prepared for analyses.
type Graph struct {
	CFG    *cfg.CFG
	shared *shared
	defers []*ast.DeferStmt // numbered in source order
	deferN map[*ast.DeferStmt]int
}

// shared is what a function and the closures it follows have in common.
type shared struct {
	info      *types.Info
	mayReturn func(*ast.CallExpr) bool
	vars      *Vars
	cases     map[ast.Expr]*ast.SwitchStmt
	lits      map[*ast.FuncLit]*Graph
}

// New builds the graph of body. mayReturn reports whether a call may
// return (go/cfg's argument); vars are the variables of the function that
// contains body (NewVars), which decide the closures followed.
func New(body *ast.BlockStmt, info *types.Info, mayReturn func(*ast.CallExpr) bool, vars *Vars) *Graph {
	sh := &shared{info: info, mayReturn: mayReturn, vars: vars,
		cases: map[ast.Expr]*ast.SwitchStmt{}, lits: map[*ast.FuncLit]*Graph{}}
	ast.Inspect(body, func(n ast.Node) bool {
		if sw, ok := n.(*ast.SwitchStmt); ok {
			for _, cl := range sw.Body.List {
				for _, e := range cl.(*ast.CaseClause).List {
					sh.cases[e] = sw
				}
			}
		}
		return true
	})
	return sh.graph(body)
}

func (sh *shared) graph(body *ast.BlockStmt) *Graph {
	g := &Graph{CFG: cfg.New(body, sh.mayReturn), shared: sh, deferN: map[*ast.DeferStmt]int{}}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			if len(g.defers) < maxDefers {
				g.deferN[n] = len(g.defers)
				g.defers = append(g.defers, n)
			}
		}
		return true
	})
	return g
}

// closure returns the function literal that call calls, when it is
// followed: a literal called in place, or a variable that Vars shows holds
// one.
func (g *Graph) closure(call *ast.CallExpr) *Graph {
	var lit *ast.FuncLit
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.FuncLit:
		lit = f
	case *ast.Ident:
		if v, ok := g.shared.info.Uses[f].(*types.Var); ok && g.shared.vars != nil {
			lit = g.shared.vars.Closure(v)
		}
	}
	if lit == nil {
		return nil
	}
	sg, ok := g.shared.lits[lit]
	if !ok {
		sg = g.shared.graph(lit.Body)
		g.shared.lits[lit] = sg
	}
	return sg
}

// Calls returns the calls of n in evaluation order (a call after its
// arguments), leaving out function literals' bodies and deferred or
// spawned calls.
func Calls(n ast.Node) []*ast.CallExpr {
	var calls []*ast.CallExpr
	var walk func(x ast.Node) bool
	walk = func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit, *ast.DeferStmt, *ast.GoStmt:
			return false
		case *ast.CallExpr:
			ast.Inspect(x.Fun, walk)
			for _, a := range x.Args {
				ast.Inspect(a, walk)
			}
			calls = append(calls, x)
			return false
		}
		return true
	}
	ast.Inspect(n, walk)
	return calls
}

// state is a client state with the defer statements registered on the
// way (bit i: the defer statement numbered i).
type state[S any] struct {
	s      S
	defers uint64
}

// Result is the fixpoint of an analysis on a graph.
type Result[S any] struct {
	g        *Graph
	a        Analysis[S]
	depth    int
	in       map[*cfg.Block]state[S]
	exit     S
	returns  bool
	complete bool
}

// In returns the state at the entry of b, and whether b is reached.
func (r *Result[S]) In(b *cfg.Block) (S, bool) {
	st, ok := r.in[b]
	return st.s, ok
}

// Exit returns the join of the states at the exits that return, after
// the deferred calls, and whether the function may return.
func (r *Result[S]) Exit() (S, bool) { return r.exit, r.returns }

// Complete reports whether the fixpoint was reached within the bound.
func (r *Result[S]) Complete() bool { return r.complete }

// Forward solves a on g from the entry state entry.
func Forward[S any](g *Graph, entry S, a Analysis[S]) *Result[S] {
	return solve(g, entry, a, 0)
}

func solve[S any](g *Graph, entry S, a Analysis[S], depth int) *Result[S] {
	r := &Result[S]{g: g, a: a, depth: depth, in: map[*cfg.Block]state[S]{}, complete: true}
	blocks := g.CFG.Blocks
	if len(blocks) == 0 {
		return r
	}
	r.in[blocks[0]] = state[S]{s: entry}
	queued := map[*cfg.Block]bool{blocks[0]: true}
	queue := []*cfg.Block{blocks[0]}
	visits := map[*cfg.Block]int{}
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		queued[b] = false
		if visits[b]++; visits[b] > MaxVisits {
			r.complete = false
			return r
		}
		out, ok := r.block(b, r.in[b], nil)
		if !ok {
			continue
		}
		r.edges(b, out, func(succ *cfg.Block, st state[S]) {
			old, seen := r.in[succ]
			if seen {
				st = state[S]{s: a.Join(old.s, st.s), defers: old.defers | st.defers}
				if a.Equal(old.s, st.s) && old.defers == st.defers {
					return
				}
			}
			r.in[succ] = st
			if !queued[succ] {
				queued[succ] = true
				queue = append(queue, succ)
			}
		})
	}
	// The exits, from the fixed states.
	for _, b := range blocks {
		if st, ok := r.in[b]; ok && len(b.Succs) == 0 {
			if out, ok := r.block(b, st, nil); ok && r.returning(b) {
				r.exitWith(r.runDefers(out, nil))
			}
		}
	}
	return r
}

func (r *Result[S]) exitWith(s S) {
	if r.returns {
		s = r.a.Join(r.exit, s)
	}
	r.exit, r.returns = s, true
}

// returning reports whether an exit block returns, rather than ending in
// a call that never does.
func (r *Result[S]) returning(b *cfg.Block) bool {
	if len(b.Nodes) == 0 {
		return true
	}
	es, ok := b.Nodes[len(b.Nodes)-1].(*ast.ExprStmt)
	if !ok {
		return true
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	return !ok || r.g.shared.mayReturn(call)
}

// edges hands out's state to b's successors, through the branch
// condition.
func (r *Result[S]) edges(b *cfg.Block, out state[S], to func(*cfg.Block, state[S])) {
	cond, isCond := r.cond(b)
	for i, succ := range b.Succs {
		st := out
		if isCond {
			s, ok := r.a.Branch(cond, i == 0, out.s)
			if !ok {
				continue
			}
			st.s = s
		}
		to(succ, st)
	}
}

// cond returns the condition that ends b, if any.
func (r *Result[S]) cond(b *cfg.Block) (Cond, bool) {
	if len(b.Succs) != 2 || len(b.Nodes) == 0 {
		return Cond{}, false
	}
	e, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr)
	if !ok {
		return Cond{}, false
	}
	switch b.Succs[0].Kind {
	case cfg.KindIfThen, cfg.KindForBody, cfg.KindSwitchCaseBody:
		return Cond{Expr: e, Switch: r.g.shared.cases[e]}, true
	}
	return Cond{}, false
}

// block applies b's nodes to in; false when a followed closure never
// returns. visit, when set, sees every call with the state before it.
func (r *Result[S]) block(b *cfg.Block, in state[S], visit func(*ast.CallExpr, S)) (state[S], bool) {
	st := in
	for _, n := range b.Nodes {
		var ok bool
		if st, ok = r.node(n, st, visit); !ok {
			return st, false
		}
	}
	return st, true
}

func (r *Result[S]) node(n ast.Node, st state[S], visit func(*ast.CallExpr, S)) (state[S], bool) {
	if d, ok := n.(*ast.DeferStmt); ok {
		// The function value and the arguments are evaluated now.
		if _, lit := ast.Unparen(d.Call.Fun).(*ast.FuncLit); !lit {
			for _, c := range Calls(d.Call.Fun) {
				st.s = r.call(c, st.s, visit)
			}
		}
		for _, a := range d.Call.Args {
			for _, c := range Calls(a) {
				st.s = r.call(c, st.s, visit)
			}
		}
		if i, ok := r.g.deferN[d]; ok {
			st.defers |= 1 << i
		}
		return st, true
	}
	if gs, ok := n.(*ast.GoStmt); ok {
		for _, a := range gs.Call.Args {
			for _, c := range Calls(a) {
				st.s = r.call(c, st.s, visit)
			}
		}
		return st, true
	}
	for _, c := range Calls(n) {
		var ok bool
		if st.s, ok = r.callOrClosure(c, st.s, visit); !ok {
			return st, false
		}
	}
	st.s = r.a.Node(n, st.s)
	return st, true
}

// call applies a call whose closure, if any, is not followed.
func (r *Result[S]) call(c *ast.CallExpr, s S, visit func(*ast.CallExpr, S)) S {
	if visit != nil {
		visit(c, s)
	}
	return r.a.Call(c, s)
}

// callOrClosure applies a call, following it into a local closure; false
// when the closure never returns.
func (r *Result[S]) callOrClosure(c *ast.CallExpr, s S, visit func(*ast.CallExpr, S)) (S, bool) {
	sg := r.g.closure(c)
	if sg == nil || r.depth >= MaxDepth {
		return r.call(c, s, visit), true
	}
	if visit != nil {
		visit(c, s)
	}
	sub := solve(sg, s, r.a, r.depth+1)
	if !sub.complete {
		return r.a.Call(c, s), true
	}
	if visit != nil {
		sub.replay(visit)
	}
	return sub.Exit()
}

// runDefers applies the registered deferred calls, latest first.
func (r *Result[S]) runDefers(st state[S], visit func(*ast.CallExpr, S)) S {
	s := st.s
	for i := len(r.g.defers) - 1; i >= 0; i-- {
		if st.defers&(1<<i) == 0 {
			continue
		}
		if next, ok := r.callOrClosure(r.g.defers[i].Call, s, visit); ok {
			s = next
		}
	}
	return s
}

// Replay goes once through every reached block from its fixed state, and
// shows visit every call (in followed closures and deferred calls too)
// with the state just before it. Nothing is replayed for an incomplete
// result.
func (r *Result[S]) Replay(visit func(call *ast.CallExpr, before S)) {
	if r.complete {
		r.replay(visit)
	}
}

func (r *Result[S]) replay(visit func(*ast.CallExpr, S)) {
	for _, b := range r.g.CFG.Blocks {
		st, ok := r.in[b]
		if !ok {
			continue
		}
		out, ok := r.block(b, st, visit)
		if ok && len(b.Succs) == 0 && r.returning(b) {
			r.runDefers(out, visit)
		}
	}
}

// Before returns the state just before the node of the graph that
// contains n (a statement, a condition, a case expression), and whether
// that node is reached. Calls of the node itself are not applied.
func (r *Result[S]) Before(n ast.Node) (S, bool) {
	var zero S
	if !r.complete {
		return zero, false
	}
	for _, b := range r.g.CFG.Blocks {
		st, ok := r.in[b]
		if !ok {
			continue
		}
		for _, x := range b.Nodes {
			if x.Pos() <= n.Pos() && n.End() <= x.End() {
				return st.s, true
			}
			if st, ok = r.node(x, st, nil); !ok {
				break
			}
		}
	}
	return zero, false
}
