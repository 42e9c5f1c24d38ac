package lifecycle

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"net/textproto"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/flow"
	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/source"
)

// check finds the findings of one function: a forward "may" analysis
// (flow) whose state is the set of committing calls, and of statuses that
// allow no body, that may have happened before, each with the variables
// still correlated with it.
func (c *checker) check(fn ast.Node) {
	fi := c.info(fn)
	if fi.g == nil || len(fi.evs) == 0 || source.InTest(c.pass.Fset, fn.Pos()) {
		// Nothing would be reported (add leaves test files alone).
		return
	}
	a := &tracker{c: c}
	res := flow.Forward[tokens](fi.g, nil, a)
	announced := c.announced(fn)
	var implicit *ast.CallExpr // the first body written with no status set before
	res.Replay(func(call *ast.CallExpr, before tokens) {
		for _, ev := range c.classifyOnce(call) {
			if ev.body && !ev.status && !knowledge.RulesOf(ev.model).LastWins && (implicit == nil || call.Pos() < implicit.Pos()) &&
				!slices.ContainsFunc(before, func(tk mark) bool { return tk.start.target == ev.target }) {
				implicit = call
			}
			if ev.render {
				c.add(Finding{Kind: Bodyless, Model: ev.model, Call: call, Name: ev.name, Code: ev.renderCode, Known: true})
			}
			c.reachFrom(before, ev, announced)
		}
	})
	if implicit != nil {
		c.res.Implicit = append(c.res.Implicit, Implicit{Func: fn, Call: implicit})
	}
	if exit, ok := res.Exit(); ok && res.Complete() {
		// A runtime that sends the last status: a body written under a
		// status that allows none, which no later status replaced on some
		// path to a return.
		for _, tk := range exit {
			if p := tk.prior; tk.kind == pending {
				c.add(Finding{Kind: Bodyless, Model: tk.start.model, Call: tk.start.call, Name: tk.start.name,
					Code: p.code, Known: true, Prior: p.call, PriorName: p.name, PriorCode: p.code, PriorKnown: true})
			}
		}
	}
}

// markKind says what a mark's call did.
type markKind uint8

const (
	// committed: the call committed the response.
	committed markKind = iota
	// plain: a write committed the response of a runtime that records
	// the status (gin) while no status was recorded: with 200.
	plain
	// bodyless: the call set a status that allows no body.
	bodyless
	// recorded: the call recorded a status, or may have (opaque), that
	// the first write will send (gin). Branches do not drop it.
	recorded
	// pending: on a runtime where the last status wins, the call wrote a
	// body under the status that prior set, which allows none: lost
	// unless a later status replaces it before the handler returns.
	pending
)

// mark is one call that may have happened on the way; mask says which of
// its correlated variables still hold what they held after it; settled,
// that a branch on the call's own result showed that it committed.
type mark struct {
	start   *event
	kind    markKind
	settled bool
	mask    uint64
	prior   *event // a pending mark's status
}

// tokens is a state of the analysis, its marks sorted by markCmp.
type tokens []mark

func markCmp(a, b mark) int {
	if a.start.id != b.start.id {
		return a.start.id - b.start.id
	}
	if a.kind != b.kind {
		return int(a.kind) - int(b.kind)
	}
	switch {
	case a.settled == b.settled:
		return 0
	case a.settled:
		return 1
	}
	return -1
}

// normalize sorts marks and joins the ones with the same key.
func normalize(s tokens) tokens {
	slices.SortFunc(s, markCmp)
	out := s[:0]
	for _, tk := range s {
		if n := len(out); n > 0 && markCmp(out[n-1], tk) == 0 {
			out[n-1].mask |= tk.mask
			continue
		}
		out = append(out, tk)
	}
	return out
}

// tracker is the lifecycle's client of the flow engine.
type tracker struct{ c *checker }

func (*tracker) Join(a, b tokens) tokens {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := make(tokens, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && markCmp(a[i], b[j]) < 0:
			out = append(out, a[i])
			i++
		case i == len(a) || markCmp(a[i], b[j]) > 0:
			out = append(out, b[j])
			j++
		default:
			t := a[i]
			t.mask |= b[j].mask
			out = append(out, t)
			i++
			j++
		}
	}
	return out
}

func (*tracker) Equal(a, b tokens) bool { return slices.Equal(a, b) }

func (t *tracker) Call(call *ast.CallExpr, s tokens) tokens {
	for _, ev := range t.c.classifyOnce(call) {
		rules := knowledge.RulesOf(ev.model)
		if rules.LastWins && ev.body && !ev.status {
			// The body stays under the recorded status only if no later
			// status replaces it: pending until the handler returns.
			if cor := t.c.correlateOnce(ev); cor != nil {
				for _, tk := range s {
					if tk.kind == bodyless && tk.start.target == ev.target {
						s = t.Join(s, tokens{{start: ev, kind: pending, prior: tk.start, mask: cor.mask}})
					}
				}
			}
		}
		// gin, and the runtimes that buffer: a later status replaces the
		// recorded one (there, a call that is not followed may set one).
		if ev.status && rules.Recorded || ev.opaque && rules.LastWins {
			s = slices.DeleteFunc(slices.Clone(s), func(tk mark) bool {
				return (tk.kind == bodyless || tk.kind == recorded || tk.kind == pending) && tk.start.target == ev.target
			})
		}
		if rules.LastWins {
			// Nothing is committed before the handler returns.
			if ev.status && ev.known && knowledge.BodylessCode(ev.model, ev.code) {
				s = t.with(s, ev, bodyless)
			}
			continue
		}
		if ev.commits || ev.commitsIf {
			kind := committed
			if rules.Recorded && !ev.status && !slices.ContainsFunc(s, func(tk mark) bool {
				return tk.kind == recorded && tk.start.target == ev.target
			}) {
				kind = plain // no status recorded on any path: the write sends 200
			}
			s = t.with(s, ev, kind)
		}
		if ev.status && ev.known && knowledge.BodylessCode(ev.model, ev.code) && (ev.commits || rules.Recorded) {
			s = t.with(s, ev, bodyless)
		}
		if rules.Recorded && (ev.status && !ev.commits || ev.opaque) {
			s = t.Join(s, tokens{{start: ev, kind: recorded}})
		}
	}
	return s
}

// with adds ev's token to s.
func (t *tracker) with(s tokens, ev *event, kind markKind) tokens {
	cor := t.c.correlateOnce(ev)
	if cor == nil {
		return s
	}
	return t.Join(s, tokens{{start: ev, kind: kind, mask: cor.mask}})
}

func (t *tracker) Node(n ast.Node, s tokens) tokens {
	var out tokens
	for i, tk := range s {
		if tk.kind == recorded {
			continue
		}
		m := t.c.kill(n, t.c.correlateOnce(tk.start), tk.mask)
		if m != tk.mask {
			if out == nil {
				out = slices.Clone(s)
			}
			out[i].mask = m
		}
	}
	if out == nil {
		return s
	}
	return out
}

// Branch drops the tokens that the condition may test: a path that
// branches on whether the call happened is not followed, but a test of the
// call's own result (err == nil after a render, !decode(w, r, &v)) keeps
// the token, settled, on the edge where the call committed.
func (t *tracker) Branch(cond flow.Cond, taken bool, s tokens) (tokens, bool) {
	rec := t.c.recovers(cond.Expr)
	var out tokens
	settled := false
	for _, tk := range s {
		switch {
		case tk.kind == recorded:
		case rec:
			// if r := recover(); r != nil: a deferred handler of panics,
			// not of the paths that return.
			continue
		default:
			cor := t.c.correlateOnce(tk.start)
			if holds, ok := t.c.resultTest(cond, taken, tk, cor); ok {
				if !holds {
					continue
				}
				tk.settled, settled = true, true
				if cor.result >= 0 {
					tk.mask &^= 1 << cor.result
				}
			} else if t.c.tainted(cond, cor, tk.mask) {
				continue
			}
		}
		out = append(out, tk)
	}
	if settled {
		out = normalize(out)
	}
	return out, true
}

// resultTest reports whether cond tests only the last result of tk's call
// (the call itself, or the variable it was assigned to, still holding it)
// against nil or a boolean, and if so whether the call committed on this
// edge: where the result is its when.
func (c *checker) resultTest(cond flow.Cond, taken bool, tk mark, cor *correlation) (holds, ok bool) {
	ev := tk.start
	if cond.Switch != nil || ev.when == outNone || tk.settled || cor == nil {
		return false, false
	}
	e := ast.Unparen(cond.Expr)
	truth := taken // what the bare result is compared with
	for {
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.NOT {
			truth, e = !truth, ast.Unparen(u.X)
			continue
		}
		break
	}
	isNil := false // e is compared with nil
	if b, ok := e.(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
		x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
		if c.constOperand(x) {
			x, y = y, x
		}
		tv := c.pass.TypesInfo.Types[y]
		switch {
		case tv.IsNil():
			isNil = true
		case tv.Value != nil && tv.Value.Kind() == constant.Bool:
			if !constant.BoolVal(tv.Value) {
				truth = !truth
			}
		default:
			return false, false
		}
		if b.Op == token.NEQ {
			truth = !truth
		}
		e = x
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		if x != ev.call {
			return false, false
		}
	case *ast.Ident:
		if cor.result < 0 || c.varOf(x) != cor.vars[cor.result] || tk.mask&(1<<cor.result) == 0 {
			return false, false
		}
	default:
		return false, false
	}
	var got outcome
	switch ev.when {
	case outNil, outNonNil:
		if !isNil {
			return false, false
		}
		got = outNonNil
		if truth { // e == nil on this edge
			got = outNil
		}
	default:
		if isNil {
			return false, false
		}
		got = outFalse
		if truth {
			got = outTrue
		}
	}
	return got == ev.when, true
}

// constOperand reports whether e is nil or a constant.
func (c *checker) constOperand(e ast.Expr) bool {
	tv := c.pass.TypesInfo.Types[e]
	return tv.IsNil() || tv.Value != nil
}

// reachFrom records what the calls that may have happened before ev find
// at ev: the nearest one (the latest in the source) names the finding.
func (c *checker) reachFrom(before tokens, ev *event, announced trailers) {
	for i := len(before) - 1; i >= 0; i-- {
		tk := before[i]
		if tk.start.target != ev.target || tk.kind == recorded || tk.kind == pending {
			continue
		}
		if c.reach(tk.start, ev, tk.kind, announced) {
			return
		}
	}
}

// reach records what a path from start finds at ev; it reports whether a
// finding was made.
func (c *checker) reach(start, ev *event, kind markKind, announced trailers) bool {
	rules := knowledge.RulesOf(ev.model)
	if kind == bodyless {
		if ev.body && !ev.status && !rules.LastWins {
			c.add(Finding{Kind: Bodyless, Model: ev.model, Call: ev.call, Name: ev.name,
				Code: start.code, Known: true, Prior: start.call, PriorName: start.name, PriorCode: start.code, PriorKnown: true})
			return true
		}
		return false
	}
	switch {
	case ev.status && rules.LastWins, ev.header && rules.KeepsLateHeaders:
		return false // the runtime sends the last status and every header
	case ev.status:
		prior, priorKnown := start.code, start.status && start.known
		if kind == plain {
			prior, priorKnown = int64(knowledge.RulesOf(ev.model).Default), true
		}
		if knowledge.RulesOf(ev.model).Recorded && (!priorKnown || !ev.known || ev.code == prior) {
			return false // gin keeps the same code silently; unknown codes are left alone
		}
		c.add(Finding{Kind: Superfluous, Model: ev.model, Call: ev.call, Name: ev.name, Code: ev.code, Known: ev.known,
			Prior: start.call, PriorName: start.name, PriorCode: prior, PriorKnown: priorKnown})
		return true
	case ev.header && ev.key != "" && !isTrailer(ev.key) && !announced.has(ev.key):
		c.add(Finding{Kind: LateHeader, Model: ev.model, Call: ev.call, Name: ev.name, Key: ev.key,
			Prior: start.call, PriorName: start.name})
		return true
	}
	return false
}

// trailers are the header keys a function announces as trailers; any is
// set when it announces a value that is not a constant, so that every key
// may be one.
type trailers struct {
	keys map[string]bool
	any  bool
}

func (t trailers) has(key string) bool { return t.any || t.keys[key] }

// announced returns the header keys that fn, or a function of this
// package that it calls, announces as trailers (Header().Set("Trailer",
// "X-Sum")).
func (c *checker) announced(fn ast.Node) trailers {
	t := trailers{keys: map[string]bool{}}
	seen := map[ast.Node]bool{}
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		if n == nil || seen[n] {
			return
		}
		seen[n] = true
		ast.Inspect(n, func(x ast.Node) bool {
			call, ok := x.(*ast.CallExpr)
			if !ok {
				return true
			}
			for _, ev := range c.classifyOnce(call) {
				if ev.key != knowledge.TrailerHeader {
					continue
				}
				if ev.value == "" {
					t.any = true // an announcement the pass cannot read
				}
				for _, k := range strings.Split(ev.value, ",") {
					if k = strings.TrimSpace(k); k != "" {
						t.keys[textproto.CanonicalMIMEHeaderKey(k)] = true
					}
				}
			}
			if f, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func); ok && f.Pkg() == c.pass.Pkg {
				if d := c.decls[f]; d != nil {
					walk(d)
				}
			}
			return true
		})
	}
	walk(fn)
	return t
}

// isTrailer reports a header key that is a trailer or announces one:
// http.TrailerPrefix keys and "Trailer" itself.
func isTrailer(key string) bool {
	return key == knowledge.TrailerHeader || strings.HasPrefix(key, knowledge.TrailerPrefix)
}

// correlation is what a committing call's occurrence may be tested by.
type correlation struct {
	vars   []*types.Var // bit i of a mask; vars[0] is the writer, never assigned
	mask   uint64
	lo, hi token.Pos // the outermost statement that guards the call
	// result is the bit of the variable that the call's last result is
	// assigned to (err := c.String(…)), or -1.
	result int
}

// correlateOnce returns correlate's answer for ev, computed once.
func (c *checker) correlateOnce(ev *event) *correlation {
	if cor, ok := c.cors[ev]; ok {
		return cor
	}
	cor := c.correlate(c.enclosing(ev.call), ev)
	c.cors[ev] = cor
	return cor
}

// correlate returns the variables that a later branch may test to know
// whether start happened: the writer itself, the variables of the
// conditions that guard start and those assigned under them, and the
// results of start's own statement. It returns nil when there are too many
// to follow.
func (c *checker) correlate(fn ast.Node, start *event) *correlation {
	file := source.FileOf(c.pass.Files, start.call.Pos())
	if file == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, start.call.Pos(), start.call.End())
	cor := &correlation{result: -1}
	vars := []*types.Var{start.target}
	resVar := c.resultVar(path, start.call)
	addVars := func(n ast.Node, assignedOnly bool) {
		if n == nil {
			return
		}
		if assignedOnly {
			for _, v := range c.assigned(n) {
				if !slices.Contains(vars, v) {
					vars = append(vars, v)
				}
			}
			return
		}
		for _, v := range c.mentioned(n) {
			if !slices.Contains(vars, v) {
				vars = append(vars, v)
			}
		}
	}
outer:
	for _, n := range path {
		guard := false
		switch n := n.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			break outer
		case *ast.IfStmt:
			// In the Init or the Cond, the call is not guarded by the
			// statement, whose Cond tests its result; the error branch of
			// a certain commit is after the commit too.
			guard = within(start.call, n.Body) || n.Else != nil && within(start.call, n.Else)
			if guard || !start.certain {
				addVars(n.Init, false)
				addVars(n.Cond, false)
			}
		case *ast.SwitchStmt:
			addVars(n.Init, false)
			addVars(n.Tag, false)
			for _, cl := range n.Body.List {
				for _, e := range cl.(*ast.CaseClause).List {
					addVars(e, false)
				}
			}
			guard = true
		case *ast.TypeSwitchStmt:
			addVars(n.Init, false)
			addVars(n.Assign, false)
			guard = true
		case *ast.SelectStmt:
			guard = true
		case *ast.ForStmt, *ast.RangeStmt:
			// A loop's own test says nothing of whether the call happened
			// in an earlier iteration: the engine follows the iterations.
			cor.lo, cor.hi = n.Pos(), n.End()
		case *ast.AssignStmt:
			if !start.certain {
				for _, l := range n.Lhs {
					addVars(l, false)
				}
			}
		case *ast.ValueSpec:
			if !start.certain {
				for _, id := range n.Names {
					addVars(id, false)
				}
			}
		}
		if guard {
			addVars(n, true)
			cor.lo, cor.hi = n.Pos(), n.End()
		}
	}
	views := c.derived(fn, start.target)
	for _, v := range views {
		if !slices.Contains(vars, v) {
			vars = append(vars, v)
		}
	}
	vars = c.withCopies(fn, vars, len(vars)-len(views))
	if len(vars) > 64 {
		return nil
	}
	if resVar != nil {
		cor.result = slices.Index(vars, resVar)
	}
	cor.vars = vars
	for i := range vars {
		cor.mask |= 1 << i
	}
	return cor
}

// resultVar returns the variable that call's last result is assigned to,
// when the call is the whole right-hand side (ok := decode(…), err :=
// c.String(…)); path is the call's enclosing path.
func (c *checker) resultVar(path []ast.Node, call *ast.CallExpr) *types.Var {
	var lhs []ast.Expr
	for _, n := range path[1:] {
		if _, paren := n.(*ast.ParenExpr); paren {
			continue
		}
		if l, r, ok := sides(n); ok && len(r) == 1 && ast.Unparen(r[0]) == call {
			lhs = l
		}
		break
	}
	if len(lhs) == 0 {
		return nil
	}
	id, ok := lhs[len(lhs)-1].(*ast.Ident)
	if !ok {
		return nil
	}
	return c.varOf(id)
}

// copyOf is an assignment of fn: the variables it assigns and those its
// values mention.
type copyOf struct{ to, from []*types.Var }

// withCopies adds to vars the variables of fn assigned from a value that
// mentions one of vars[1:n] (st := handler.Status, where handler was
// handed to the call whose error guards the commit): a copy says what the
// variable says, so its tests are tests of the same thing. The writer and
// its views (vars[0], vars[n:]) are no source: reading the writer's state
// is not copied. Copies stop at the 64 variables a mask holds.
func (c *checker) withCopies(fn ast.Node, vars []*types.Var, n int) []*types.Var {
	if fn == nil || n <= 1 {
		return vars
	}
	assigns, ok := c.assigns[fn]
	if !ok {
		ast.Inspect(fn, func(x ast.Node) bool {
			lhs, rhs, ok := sides(x)
			if !ok {
				return true
			}
			var a copyOf
			for _, l := range lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok {
					if v := c.varOf(id); v != nil {
						a.to = append(a.to, v)
					}
				}
			}
			for _, r := range rhs {
				a.from = append(a.from, c.mentioned(r)...)
			}
			if len(a.to) > 0 && len(a.from) > 0 {
				assigns = append(assigns, a)
			}
			return true
		})
		c.assigns[fn] = assigns
	}
	sources := slices.Clone(vars[1:n])
	for changed := true; changed && len(vars) <= 64; {
		changed = false
		for _, a := range assigns {
			if !slices.ContainsFunc(a.from, func(v *types.Var) bool { return slices.Contains(sources, v) }) {
				continue
			}
			for _, v := range a.to {
				if !slices.Contains(vars, v) && len(vars) < 64 {
					vars = append(vars, v)
					sources = append(sources, v)
					changed = true
				}
			}
		}
	}
	return vars
}

type derivedKey struct {
	fn ast.Node
	w  *types.Var
}

// derived returns the variables of fn assigned from the writer w
// (ww, ok := w.(interface{ Written() bool })): their tests are tests of the
// writer's state.
func (c *checker) derived(fn ast.Node, w *types.Var) []*types.Var {
	key := derivedKey{fn, w}
	if vs, ok := c.derivedVars[key]; ok {
		return vs
	}
	vs := []*types.Var{}
	ast.Inspect(fn, func(x ast.Node) bool {
		lhs, rhs, ok := sides(x)
		if !ok {
			return true
		}
		for _, r := range rhs {
			if !isWriterView(c, r, w) {
				continue
			}
			for _, l := range lhs {
				for _, v := range c.mentioned(l) {
					if !slices.Contains(vs, v) {
						vs = append(vs, v)
					}
				}
			}
			break
		}
		return true
	})
	c.derivedVars[key] = vs
	return vs
}

// sides returns the left and right sides of an assignment or of a var
// declaration's spec, and false for any other node.
func sides(n ast.Node) (lhs, rhs []ast.Expr, ok bool) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		return n.Lhs, n.Rhs, true
	case *ast.ValueSpec:
		lhs = make([]ast.Expr, len(n.Names))
		for i, id := range n.Names {
			lhs[i] = id
		}
		return lhs, n.Values, true
	}
	return nil, nil, false
}

// mentioned returns the variables that n names, in order.
func (c *checker) mentioned(n ast.Node) []*types.Var {
	var vs []*types.Var
	ast.Inspect(n, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok {
			if v := c.varOf(id); v != nil && !slices.Contains(vs, v) {
				vs = append(vs, v)
			}
		}
		return true
	})
	return vs
}

// assigned returns the variables that n assigns, in order: for x.f = v
// and x[i] = v, x.
func (c *checker) assigned(n ast.Node) []*types.Var {
	var vs []*types.Var
	add := func(e ast.Expr) {
		for {
			switch x := e.(type) {
			case *ast.SelectorExpr:
				e = x.X
				continue
			case *ast.IndexExpr:
				e = x.X
				continue
			case *ast.StarExpr:
				e = x.X
				continue
			case *ast.ParenExpr:
				e = x.X
				continue
			case *ast.Ident:
				if v := c.varOf(x); v != nil && !slices.Contains(vs, v) {
					vs = append(vs, v)
				}
			}
			return
		}
	}
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				add(l)
			}
		case *ast.IncDecStmt:
			add(x.X)
		case *ast.ValueSpec:
			for _, id := range x.Names {
				add(id)
			}
		case *ast.RangeStmt:
			if x.Key != nil {
				add(x.Key)
			}
			if x.Value != nil {
				add(x.Value)
			}
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				add(x.X)
			}
		}
		return true
	})
	return vs
}

func (c *checker) varOf(id *ast.Ident) *types.Var {
	obj := c.pass.TypesInfo.Uses[id]
	if obj == nil {
		obj = c.pass.TypesInfo.Defs[id]
	}
	v, _ := obj.(*types.Var)
	return v
}

// kill clears the bits of the variables that n assigns afresh: outside the
// statements that guard the committing call, from values that do not
// depend on the correlated variables.
func (c *checker) kill(n ast.Node, cor *correlation, mask uint64) uint64 {
	if n.Pos() >= cor.lo && n.End() <= cor.hi && cor.hi.IsValid() {
		return mask
	}
	lhs, rhs, ok := sides(n)
	if !ok {
		return mask
	}
	for _, r := range rhs {
		for _, v := range c.mentioned(r) {
			if i := slices.Index(cor.vars, v); i >= 0 && mask&(1<<i) != 0 {
				return mask
			}
		}
	}
	for _, l := range lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok {
			if i := slices.Index(cor.vars, c.varOf(id)); i >= 0 {
				mask &^= 1 << i
			}
		}
	}
	return mask
}

// tainted reports whether a branch on cond may depend on whether the
// committing call happened. Reading the writer's headers
// (w.Header().Get(k)) is no such test.
func (c *checker) tainted(cond flow.Cond, cor *correlation, mask uint64) bool {
	if cor == nil {
		return true
	}
	vs := c.mentionedCond(cond.Expr)
	if cond.Switch != nil && cond.Switch.Tag != nil {
		vs = append(vs, c.mentionedCond(cond.Switch.Tag)...)
	}
	for _, v := range vs {
		if i := slices.Index(cor.vars, v); i >= 0 && mask&(1<<i) != 0 {
			return true
		}
	}
	return false
}

// recovers reports whether e tests what recover returned.
func (c *checker) recovers(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.CallExpr:
			if b, ok := typeutil.Callee(c.pass.TypesInfo, x).(*types.Builtin); ok && b.Name() == "recover" {
				found = true
			}
		case *ast.Ident:
			if v := c.varOf(x); v != nil && c.recovered[v] {
				found = true
			}
		}
		return !found
	})
	return found
}

// mentionedCond is mentioned, leaving out the header maps of writers.
func (c *checker) mentionedCond(e ast.Expr) []*types.Var {
	var vs []*types.Var
	ast.Inspect(e, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Header" && len(x.Args) == 0 {
				if v, _ := c.target(sel.X); v != nil {
					return false
				}
			}
		case *ast.Ident:
			if v := c.varOf(x); v != nil && !slices.Contains(vs, v) {
				vs = append(vs, v)
			}
		}
		return true
	})
	return vs
}

// enclosing returns the outermost function that contains n.
func (c *checker) enclosing(n ast.Node) ast.Node {
	file := source.FileOf(c.pass.Files, n.Pos())
	if file == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, n.Pos(), n.End())
	for i := len(path) - 1; i >= 0; i-- {
		switch f := path[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return f
		}
	}
	return nil
}

// summaries returns fn's effects on its writer parameters, by index.
func (c *checker) summaries(fn *types.Func) map[int]summary {
	if fn.Pkg() != c.pass.Pkg {
		var f effectsFact
		if !c.pass.ImportObjectFact(fn, &f) {
			return nil
		}
		m := map[int]summary{}
		for _, p := range f.Params {
			m[p.Index] = summary{p.Model, p.Status, p.Commits, p.Body, p.CodeArg, p.BodyArg, p.Reports}
		}
		return m
	}
	if s, ok := c.sums[fn]; ok {
		return s
	}
	if c.busy[fn] {
		return nil
	}
	decl := c.decls[fn]
	if decl == nil {
		return nil
	}
	c.busy[fn] = true
	defer delete(c.busy, fn)
	var m map[int]summary
	params := fn.Signature().Params()
	for i := 0; i < params.Len(); i++ {
		p := params.At(i)
		model, ok := knowledge.WriterOf(types.TypeString(p.Type(), nil))
		if !ok || !c.vars.Stable(p) {
			continue
		}
		fi := c.info(decl)
		if fi.g == nil {
			break
		}
		s := summary{model: model}
		hits := c.allPaths(fi, p)
		s.status, s.commits = hits&hitStatus != 0, hits&hitCommits != 0
		s.body = hits&hitBody != 0 && !slices.ContainsFunc(fi.evs, func(ev *event) bool { return ev.target == p && ev.status })
		if hits&hitBodyAfterStatus != 0 {
			s.codeArg, s.bodyArg = c.renderArgs(fn, fi, p)
		}
		if !s.commits {
			s.reports = c.reportsOf(fn, decl, fi, p)
		}
		if s.status || s.commits || s.body || s.reports != outNone {
			if m == nil {
				m = map[int]summary{}
			}
			m[i] = s
		}
	}
	c.sums[fn] = m
	return m
}

// What a function does to a writer parameter on every path.
const (
	hitStatus = 1 << iota
	hitCommits
	hitBody
	hitBodyAfterStatus
)

// renderArgs returns 1 + the index of the parameter of fn that every
// status fi sets on p is, and 1 + the index of the parameter that every
// body it writes on p is (0 when a body is not a parameter), or 0, 0.
func (c *checker) renderArgs(fn *types.Func, fi *fnInfo, p *types.Var) (codeArg, bodyArg int) {
	var code, body *types.Var
	constBody := false
	for _, ev := range fi.evs {
		if ev.target != p {
			continue
		}
		if ev.status {
			if ev.statusVar == nil || code != nil && ev.statusVar != code {
				return 0, 0
			}
			code = ev.statusVar
		}
		if ev.body || ev.bodyVar != nil {
			switch {
			case ev.bodyVar == nil:
				constBody = true
			case body != nil && ev.bodyVar != body:
				return 0, 0
			default:
				body = ev.bodyVar
			}
		}
	}
	if code == nil || constBody && body != nil {
		return 0, 0
	}
	params := fn.Signature().Params()
	for i := range params.Len() {
		if params.At(i) == code {
			codeArg = i + 1
		}
		if params.At(i) == body {
			bodyArg = i + 1
		}
	}
	if body != nil && bodyArg == 0 {
		return 0, 0
	}
	return codeArg, bodyArg
}

// reportsOf returns what fn's last result (a bool or an error) is on the
// paths where it commits the response on p, when every return of that
// result has committed (must) and no other return may have (may, no
// branch refined): decode(w, r, &v) that answers 400 and returns false,
// bind(w, r) that answers and returns its error. A function with a
// deferred call or a return that does not name its results reports
// nothing.
func (c *checker) reportsOf(fn *types.Func, decl *ast.FuncDecl, fi *fnInfo, p *types.Var) outcome {
	isErr, ok := lastResult(fn.Signature())
	if !ok {
		return outNone
	}
	n := fn.Signature().Results().Len()
	var rets []*ast.ReturnStmt
	deferred := false
	ast.Inspect(decl.Body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			deferred = true
		case *ast.ReturnStmt:
			rets = append(rets, x)
		}
		return true
	})
	if deferred || len(rets) == 0 {
		return outNone
	}
	mustC, mayC := must{c, p, false}, must{c, p, true}
	mustR, mayR := flow.Forward[uint8](fi.g, 0, mustC), flow.Forward[uint8](fi.g, 0, mayC)
	if !mustR.Complete() || !mayR.Complete() {
		return outNone
	}
	seen := map[outcome]bool{}
	all := map[outcome]bool{outFalse: true, outTrue: true, outNil: true, outNonNil: true} // every return committed
	anyMay := map[outcome]bool{}                                                          // some return may have
	for _, ret := range rets {
		if len(ret.Results) != n {
			return outNone
		}
		o := c.outcomeOf(ret.Results[n-1], isErr)
		if o == outNone {
			return outNone
		}
		ms, ok := mustR.Before(ret)
		if !ok {
			continue // not reached
		}
		ys, _ := mayR.Before(ret)
		for _, call := range flow.Calls(ret) {
			ms, ys = mustC.Call(call, ms), mayC.Call(call, ys)
		}
		seen[o] = true
		all[o] = all[o] && ms&hitCommits != 0
		anyMay[o] = anyMay[o] || ys&hitCommits != 0
	}
	for _, pair := range [][2]outcome{{outNonNil, outNil}, {outFalse, outTrue}, {outTrue, outFalse}} {
		if o, other := pair[0], pair[1]; seen[o] && seen[other] && all[o] && !anyMay[other] {
			return o
		}
	}
	return outNone
}

// outcomeOf returns what a returned result is: nil or not for an error, a
// constant for a bool (outNone otherwise).
func (c *checker) outcomeOf(e ast.Expr, isErr bool) outcome {
	tv := c.pass.TypesInfo.Types[e]
	switch {
	case isErr && tv.IsNil():
		return outNil
	case isErr:
		return outNonNil
	case tv.Value != nil && tv.Value.Kind() == constant.Bool:
		if constant.BoolVal(tv.Value) {
			return outTrue
		}
		return outFalse
	}
	return outNone
}

// allPaths returns what fi does to p on every path that returns: a "must"
// analysis (flow) whose state is a set of hit bits, joined by
// intersection.
func (c *checker) allPaths(fi *fnInfo, p *types.Var) uint8 {
	res := flow.Forward[uint8](fi.g, 0, must{c, p, false})
	if !res.Complete() {
		return 0
	}
	hits, ok := res.Exit()
	if !ok {
		return 0
	}
	return hits
}

// must is the flow client of allPaths; with may set, it is the "may"
// analysis of the same hits (joined by union, a helper that commits on
// some paths counted).
type must struct {
	c   *checker
	p   *types.Var
	may bool
}

func (m must) Join(a, b uint8) uint8 {
	if m.may {
		return a | b
	}
	return a & b
}
func (must) Equal(a, b uint8) bool                             { return a == b }
func (must) Node(_ ast.Node, s uint8) uint8                    { return s }
func (must) Branch(_ flow.Cond, _ bool, s uint8) (uint8, bool) { return s, true }

func (m must) Call(call *ast.CallExpr, s uint8) uint8 {
	for _, ev := range m.c.classifyOnce(call) {
		if ev.target != m.p {
			continue
		}
		if ev.status && (!ev.known || !informational(ev.code)) {
			s |= hitStatus
		}
		if ev.commits || m.may && ev.commitsIf {
			s |= hitCommits
		}
		if (ev.body || ev.bodyVar != nil) && s&hitStatus != 0 {
			s |= hitBodyAfterStatus
		}
		if ev.body {
			s |= hitBody
		}
	}
	return s
}

// exportFacts exports the summaries of the package's exported functions
// and methods.
func (c *checker) exportFacts() {
	exported := false
	fns := make([]*types.Func, 0, len(c.decls))
	for fn := range c.decls {
		fns = append(fns, fn)
	}
	slices.SortFunc(fns, func(a, b *types.Func) int { return int(a.Pos() - b.Pos()) })
	for _, fn := range fns {
		if !fn.Exported() {
			continue
		}
		sums := c.summaries(fn)
		if len(sums) == 0 {
			continue
		}
		f := &effectsFact{}
		for i := 0; i < fn.Signature().Params().Len(); i++ {
			if s, ok := sums[i]; ok {
				f.Params = append(f.Params, paramEffect{i, s.model, s.status, s.commits, s.body, s.codeArg, s.bodyArg, s.reports})
			}
		}
		c.pass.ExportObjectFact(fn, f)
		exported = true
	}
	if exported {
		c.pass.ExportPackageFact(new(hasFacts))
	}
}

// within reports whether n lies inside the node in.
func within(n, in ast.Node) bool { return in.Pos() <= n.Pos() && n.End() <= in.End() }

// isWriterView reports whether e is the writer w itself or a type
// assertion of it (ww, ok := w.(interface{ Written() bool })).
func isWriterView(c *checker, e ast.Expr, w *types.Var) bool {
	e = ast.Unparen(e)
	if ta, ok := e.(*ast.TypeAssertExpr); ok {
		e = ast.Unparen(ta.X)
	}
	id, ok := e.(*ast.Ident)
	return ok && c.varOf(id) == w
}
