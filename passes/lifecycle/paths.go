package lifecycle

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/cfg"

	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/source"
)

// check finds the findings of one function.
func (c *checker) check(fn ast.Node) {
	fi := c.info(fn)
	if fi.g == nil || len(fi.evs) == 0 || source.InTest(c.pass.Fset, fn.Pos()) {
		// Tests call writers out of order on purpose, to exercise
		// middleware and wrappers that buffer or normalize.
		return
	}
	byBlock := map[*cfg.Block][]*event{}
	for _, ev := range fi.evs {
		byBlock[ev.block] = append(byBlock[ev.block], ev)
	}
	// Later committing calls first, so that a finding names the nearest
	// call before it.
	starts := slices.Clone(fi.evs)
	slices.SortStableFunc(starts, func(a, b *event) int { return int(b.call.Pos() - a.call.Pos()) })
	for _, ev := range starts {
		if ev.commits {
			c.after(fn, ev, byBlock, false)
		}
		if ev.status && ev.known && knowledge.BodylessCode(ev.model, ev.code) && (ev.commits || ev.model == knowledge.ModelGin) {
			c.after(fn, ev, byBlock, true)
		}
	}
}

// after follows the paths from start (a committing call, or with bodyless
// a status that allows no body) and reports the calls they reach.
func (c *checker) after(fn ast.Node, start *event, byBlock map[*cfg.Block][]*event, bodyless bool) {
	cor := c.correlate(fn, start)
	if cor == nil {
		return
	}
	type item struct {
		b    *cfg.Block
		mask uint64
	}
	seen := map[item]bool{}
	work := []item{{start.block, cor.mask}}
	first := true
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		if !first {
			if seen[it] {
				continue
			}
			seen[it] = true
		}
		b, mask := it.b, it.mask
		from := -1
		if first {
			from = start.index
		}
		stopped := false
		for _, ev := range byBlock[b] {
			if ev.target != start.target || ev == start {
				continue
			}
			if first && (ev.index < start.index || ev.index == start.index && ev.seq <= start.seq) {
				continue
			}
			if c.reach(start, ev, bodyless) {
				stopped = true
				break
			}
		}
		first = false
		if stopped {
			continue
		}
		for i := from + 1; i < len(b.Nodes); i++ {
			mask = c.kill(b.Nodes[i], cor, mask)
		}
		if len(b.Succs) == 2 && len(b.Nodes) > 0 {
			if cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr); ok && c.tainted(cond, cor, mask) {
				continue
			}
		}
		for _, s := range b.Succs {
			if s.Kind == cfg.KindForLoop || s.Kind == cfg.KindForPost || s.Kind == cfg.KindRangeLoop {
				if cor.loops[s.Stmt] {
					s = loopExit(s)
					if s == nil {
						continue
					}
				}
			}
			if s.Live {
				work = append(work, item{s, mask})
			}
		}
	}
}

// loopExit returns the block after the loop whose head h is, when the head
// can leave the loop, or nil.
func loopExit(h *cfg.Block) *cfg.Block {
	if h.Kind == cfg.KindForPost && len(h.Succs) == 1 {
		h = h.Succs[0]
	}
	for _, s := range h.Succs {
		if (s.Kind == cfg.KindForDone || s.Kind == cfg.KindRangeDone) && s.Stmt == h.Stmt {
			return s
		}
	}
	return nil
}

// reach records what a path from start finds at ev; it reports whether the
// path stops there.
func (c *checker) reach(start, ev *event, bodyless bool) bool {
	if bodyless {
		if ev.body && !ev.status {
			c.add(Finding{Kind: Bodyless, Model: ev.model, Call: ev.call, Name: ev.name,
				Code: start.code, Known: true, Prior: start.call, PriorName: start.name, PriorCode: start.code, PriorKnown: true})
		}
		// gin: a later status replaces the recorded one.
		return ev.status && ev.model == knowledge.ModelGin
	}
	switch {
	case ev.status:
		if ev.model == knowledge.ModelGin && (!start.status || !start.known || !ev.known || ev.code == start.code) {
			return false // gin keeps the same code silently; unknown codes are left alone
		}
		c.add(Finding{Kind: Superfluous, Model: ev.model, Call: ev.call, Name: ev.name, Code: ev.code, Known: ev.known,
			Prior: start.call, PriorName: start.name, PriorCode: start.code, PriorKnown: start.status && start.known})
	case ev.header && ev.key != "" && !isTrailer(ev.key):
		c.add(Finding{Kind: LateHeader, Model: ev.model, Call: ev.call, Name: ev.name, Key: ev.key,
			Prior: start.call, PriorName: start.name})
	}
	return false
}

// isTrailer reports a header key that is a trailer or announces one:
// http.TrailerPrefix keys and "Trailer" itself.
func isTrailer(key string) bool {
	return key == "Trailer" || strings.HasPrefix(key, "Trailer:")
}

// correlation is what a committing call's occurrence may be tested by.
type correlation struct {
	vars   []*types.Var // bit i of a mask; vars[0] is the writer, never assigned
	mask   uint64
	loops  map[ast.Stmt]bool // loops around the call
	lo, hi token.Pos         // the outermost statement that guards the call
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
	cor := &correlation{loops: map[ast.Stmt]bool{}}
	vars := []*types.Var{start.target}
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
		case *ast.ForStmt:
			addVars(n.Init, false)
			addVars(n.Cond, false)
			addVars(n.Post, false)
			cor.loops[n] = true
			guard = true
		case *ast.RangeStmt:
			addVars(n.Key, false)
			addVars(n.Value, false)
			addVars(n.X, false)
			cor.loops[n] = true
			guard = true
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
	for _, v := range c.derived(fn, start.target) {
		if !slices.Contains(vars, v) {
			vars = append(vars, v)
		}
	}
	if len(vars) > 64 {
		return nil
	}
	cor.vars = vars
	for i := range vars {
		cor.mask |= 1 << i
	}
	return cor
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
		var lhs, rhs []ast.Expr
		switch x := x.(type) {
		case *ast.AssignStmt:
			lhs, rhs = x.Lhs, x.Rhs
		case *ast.ValueSpec:
			rhs = x.Values
			for _, id := range x.Names {
				lhs = append(lhs, id)
			}
		default:
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
	var lhs []ast.Expr
	var rhs []ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		lhs, rhs = n.Lhs, n.Rhs
	case *ast.ValueSpec:
		for _, id := range n.Names {
			lhs = append(lhs, id)
		}
		rhs = n.Values
	default:
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
// committing call happened.
func (c *checker) tainted(cond ast.Expr, cor *correlation, mask uint64) bool {
	vs := c.mentioned(cond)
	if sw, ok := c.caseTags[cond]; ok {
		switch sw := sw.(type) {
		case *ast.SwitchStmt:
			if sw.Tag != nil {
				vs = append(vs, c.mentioned(sw.Tag)...)
			}
		case *ast.TypeSwitchStmt:
			vs = append(vs, c.mentioned(sw.Assign)...)
		}
	}
	for _, v := range vs {
		if i := slices.Index(cor.vars, v); i >= 0 && mask&(1<<i) != 0 {
			return true
		}
	}
	return false
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
			m[p.Index] = summary{p.Model, p.Status, p.Commits, p.Body}
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
		if !ok || c.unsafe[p] {
			continue
		}
		fi := c.info(decl)
		if fi.g == nil {
			break
		}
		s := summary{model: model}
		s.status = c.allPaths(fi, p, func(ev *event) bool { return ev.status && (!ev.known || !informational(ev.code)) })
		s.commits = c.allPaths(fi, p, func(ev *event) bool { return ev.commits })
		s.body = c.allPaths(fi, p, func(ev *event) bool { return ev.body }) &&
			!slices.ContainsFunc(fi.evs, func(ev *event) bool { return ev.target == p && ev.status })
		if s.status || s.commits || s.body {
			if m == nil {
				m = map[int]summary{}
			}
			m[i] = s
		}
	}
	c.sums[fn] = m
	return m
}

// allPaths reports whether every path from the entry of fi that returns
// passes an event on p that satisfies pred.
func (c *checker) allPaths(fi *fnInfo, p *types.Var, pred func(*event) bool) bool {
	hit := map[*cfg.Block]bool{}
	for _, ev := range fi.evs {
		if ev.target == p && pred(ev) {
			hit[ev.block] = true
		}
	}
	if len(hit) == 0 {
		return false
	}
	seen := map[*cfg.Block]bool{}
	work := []*cfg.Block{fi.g.Blocks[0]}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[b] || hit[b] {
			continue
		}
		seen[b] = true
		if len(b.Succs) == 0 && c.returns(b) {
			return false
		}
		work = append(work, b.Succs...)
	}
	return true
}

// returns reports whether a block without successors returns, rather
// than calling a function that never does.
func (c *checker) returns(b *cfg.Block) bool {
	if len(b.Nodes) == 0 {
		return true
	}
	es, ok := b.Nodes[len(b.Nodes)-1].(*ast.ExprStmt)
	if !ok {
		return true
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return true
	}
	return c.mayReturn(call)
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
				f.Params = append(f.Params, paramEffect{i, s.model, s.status, s.commits, s.body})
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
