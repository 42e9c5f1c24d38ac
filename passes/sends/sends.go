package sends

import (
	"cmp"
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/analysisdoc"
	"github.com/statuslint/statuslint/internal/codepos"
	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/routecall"
	"github.com/statuslint/statuslint/internal/status"
	"github.com/statuslint/statuslint/passes/sites"
)

//go:embed doc.go
var doc string

// Analyzer finds what each function can send; see the package doc.
var Analyzer = &analysis.Analyzer{
	Name:       "sends",
	Doc:        analysisdoc.MustExtractDoc(doc, "sends"),
	URL:        "https://github.com/statuslint/statuslint#public-and-internal-routes",
	Requires:   []*analysis.Analyzer{inspect.Analyzer, sites.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(sendsFact), new(hasSends)},
}

// Sent is a status code, standard or custom, that a function can send.
type Sent struct {
	Code int64
	// Expr is the constant, when it stands in this package.
	Expr ast.Expr
	// Via is the function of another package that sends it, and Where the
	// position of the constant there; set when Expr is nil.
	Via   *types.Func
	Where codepos.Where
}

// compare orders the codes of a function: the package's own constants by
// file name and offset (token positions across files follow the order the
// files were parsed in, which may change from run to run), then the codes
// of other packages by code, position and function.
func compare(fset *token.FileSet, a, b Sent) int {
	switch {
	case a.Expr != nil && b.Expr != nil:
		pa, pb := fset.Position(a.Expr.Pos()), fset.Position(b.Expr.Pos())
		return cmp.Or(strings.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset))
	case a.Expr != nil:
		return -1
	case b.Expr != nil:
		return 1
	}
	return cmp.Or(cmp.Compare(a.Code, b.Code), a.Where.Compare(b.Where), strings.Compare(a.Via.FullName(), b.Via.FullName()))
}

// Result tells what the functions of the package, and the functions of
// other packages it refers to, can send. It holds plain data: the facts of
// other packages are read while the pass runs.
type Result struct {
	fset     *token.FileSet
	pkg      *types.Package
	sends    map[funcs.Func][]Sent // sent by the function
	errs     map[funcs.Func][]Sent // carried by the error it returns
	imported map[*types.Func]*sendsFact
	active   bool
}

// Active reports whether a function of the package, or of a package it
// imports, can send a status code.
func (r *Result) Active() bool { return r.active }

// Of returns the status codes in 100–599 that f can send, directly or through the
// functions it calls or refers to, in a fixed order: for a handler, the
// codes of the error it returns too, which its framework sends.
func (r *Result) Of(f funcs.Func) []Sent {
	sent, errs := r.split(f)
	if len(errs) == 0 {
		return sent
	}
	all := slices.Clone(sent)
	for _, s := range errs {
		all, _ = merge(all, s)
	}
	slices.SortFunc(all, func(a, b Sent) int { return compare(r.fset, a, b) })
	return all
}

// split returns the codes that f sends and those that the error it
// returns carries.
func (r *Result) split(f funcs.Func) (sent, errs []Sent) {
	if f.Obj != nil && f.Obj.Pkg() != r.pkg {
		fact := r.imported[f.Obj]
		if fact == nil {
			return nil, nil
		}
		return fact.sents(f.Obj, fact.Codes), fact.sents(f.Obj, fact.Errs)
	}
	return r.sends[f], r.errs[f]
}

// sendsFact records the status codes a function can send and those that
// the error it returns carries, each once, at its smallest position, and
// which of its error parameters it returns (wrapped or not).
type sendsFact struct {
	Codes  []codepos.Code
	Errs   []codepos.Code
	Passes []int
}

func (*sendsFact) AFact() {}

func (f *sendsFact) String() string {
	list := func(name string, codes []codepos.Code) string {
		s := make([]string, len(codes))
		for i, c := range codes {
			s[i] = fmt.Sprint(c.Code)
		}
		return name + "(" + strings.Join(s, ", ") + ")"
	}
	var out []string
	if len(f.Codes) > 0 {
		out = append(out, list("sends", f.Codes))
	}
	if len(f.Errs) > 0 {
		out = append(out, list("errors", f.Errs))
	}
	if len(f.Passes) > 0 {
		out = append(out, fmt.Sprintf("passes%v", f.Passes))
	}
	return strings.Join(out, " ")
}

func (f *sendsFact) sents(fn *types.Func, codes []codepos.Code) []Sent {
	sent := make([]Sent, len(codes))
	for i, c := range codes {
		sent[i] = Sent{Code: c.Code, Via: fn, Where: c.Where}
	}
	return sent
}

// hasSends marks a package that exports sendsFacts, so that its importers
// are analyzed even when they use no HTTP API themselves.
type hasSends struct{}

func (*hasSends) AFact() {}

func (*hasSends) String() string { return "hasSends" }

type state struct {
	pass    *analysis.Pass
	res     *Result
	decls   map[*types.Func]bool // the package's declared functions
	bodies  map[*types.Func]*ast.FuncDecl
	order   []funcs.Func // every function that refers to something, in source order
	callees map[funcs.Func][]edge
	callers map[funcs.Func][]edge
	reaches map[funcs.Func]*errReach
}

// edge is a reference from one function to another: a call, or a
// reference that is no call (a function value, a literal inside its
// function), through which errors pass as they are.
type edge struct {
	f    funcs.Func // the other end
	call *ast.CallExpr
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{
		fset:     pass.Fset,
		pkg:      pass.Pkg,
		sends:    map[funcs.Func][]Sent{},
		errs:     map[funcs.Func][]Sent{},
		imported: map[*types.Func]*sendsFact{},
	}
	for _, f := range pass.AllObjectFacts() {
		if fn, ok := f.Object.(*types.Func); ok {
			res.imported[fn] = f.Fact.(*sendsFact)
		}
	}
	sr := pass.ResultOf[sites.Analyzer].(*sites.Result)
	st := &state{pass: pass, res: res, decls: map[*types.Func]bool{}, bodies: map[*types.Func]*ast.FuncDecl{},
		callees: map[funcs.Func][]edge{}, callers: map[funcs.Func][]edge{}, reaches: map[funcs.Func]*errReach{}}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if !sendsAny(sr) && !importsSends(pass) {
		// No function here can send a status code, but one may return
		// the error it is given, which carries codes of its callers.
		if !knowledge.IsStd(pass.Pkg.Path()) {
			st.collectDecls(in)
			st.exportFacts()
		}
		return res, nil
	}
	res.active = true
	st.collectRefs(in, handlerNodes(pass.TypesInfo, in))
	st.propagate(sr)
	st.exportFacts()
	return res, nil
}

// sendsAny reports whether a site of the package can send a status code.
func sendsAny(sr *sites.Result) bool {
	for _, s := range sr.Sites {
		for _, c := range s.Codes {
			if sendable(c.Value) {
				return true
			}
		}
	}
	return false
}

// importsSends reports whether a package that pass imports has functions
// that send status codes.
func importsSends(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(hasSends)) {
			return true
		}
	}
	return false
}

// handlerNodes returns the identifiers and function literals inside the
// handler arguments of route calls. The function that registers a route
// does not send what the route's handlers send: the route does.
func handlerNodes(info *types.Info, in *inspector.Inspector) map[ast.Node]bool {
	nodes := map[ast.Node]bool{}
	for cur := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		fn, ok := typeutil.Callee(info, call).(*types.Func)
		if !ok {
			continue
		}
		shape, ok := knowledge.LookupRoute(knowledge.KeyOf(fn))
		if !ok {
			continue
		}
		for _, h := range routecall.HandlerArgs(info, call, shape) {
			ast.Inspect(h, func(n ast.Node) bool {
				switch n.(type) {
				case *ast.FuncLit:
					nodes[n] = true
					return false
				case *ast.Ident:
					nodes[n] = true
				}
				return true
			})
		}
	}
	return nodes
}

// collectDecls records the package's declared functions.
func (st *state) collectDecls(in *inspector.Inspector) {
	for cur := range in.Root().Preorder((*ast.FuncDecl)(nil)) {
		d := cur.Node().(*ast.FuncDecl)
		if fn, ok := st.pass.TypesInfo.Defs[d.Name].(*types.Func); ok {
			st.decls[fn] = true
			st.bodies[fn] = d
		}
	}
}

// collectRefs records, for each function, the functions it calls or refers
// to and the function literals it contains, except the handlers it
// registers.
func (st *state) collectRefs(in *inspector.Inspector, handlers map[ast.Node]bool) {
	info := st.pass.TypesInfo
	add := func(from, to funcs.Func, call *ast.CallExpr) {
		if _, ok := st.callees[from]; !ok {
			st.order = append(st.order, from)
		}
		st.callees[from] = append(st.callees[from], edge{to, call})
		st.callers[to] = append(st.callers[to], edge{from, call})
	}
	st.collectDecls(in)
	for cur := range in.Root().Preorder((*ast.FuncLit)(nil), (*ast.Ident)(nil)) {
		if handlers[cur.Node()] {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.FuncLit:
			add(funcs.Enclosing(info, cur.Parent()), funcs.Func{Lit: n}, nil)
		case *ast.Ident:
			fn, ok := info.Uses[n].(*types.Func)
			if !ok || funcs.IsAbstract(fn) {
				continue
			}
			add(funcs.Enclosing(info, cur), funcs.Func{Obj: fn.Origin()}, calledAt(cur))
		}
	}
}

// calledAt returns the call whose function the identifier at cur names
// (f(…), pkg.F(…), x.M(…), F[T](…)), or nil.
func calledAt(cur inspector.Cursor) *ast.CallExpr {
	id := cur.Node()
	for p := cur.Parent(); ; p = p.Parent() {
		switch n := p.Node().(type) {
		case *ast.SelectorExpr:
			if n.Sel != id {
				return nil
			}
		case *ast.IndexExpr, *ast.IndexListExpr, *ast.ParenExpr:
		case *ast.CallExpr:
			if ast.Unparen(n.Fun) == id || n.Fun.Pos() <= id.Pos() && id.End() <= n.Fun.End() {
				return n
			}
			return nil
		default:
			return nil
		}
		id = p.Node()
	}
}

// returnsError reports whether f returns an error.
func (st *state) returnsError(f funcs.Func) bool {
	var sig *types.Signature
	if f.Lit != nil {
		sig, _ = st.pass.TypesInfo.TypeOf(f.Lit).(*types.Signature)
	} else if f.Obj != nil {
		sig = f.Obj.Signature()
	}
	return sig != nil && errorResults(sig)
}

// propagate gives each function of the package the codes it can send and
// those its returned error carries: its own sites', then, over a worklist
// of callee-to-caller edges, its callees'. A callee's error codes go to a
// caller that returns the callee's error (as is, wrapped with %w, through
// a function that returns its error parameter), or through a reference
// that is no call; a caller that drops the error or answers with its own
// code does not send them. A function that returns no error sends the
// error codes it gets. The sets only grow and merging is
// order-independent, so the result is the same in every run.
func (st *state) propagate(sr *sites.Result) {
	res := st.res
	var work []funcs.Func
	queued := map[funcs.Func]bool{}
	push := func(f funcs.Func) {
		if !queued[f] {
			queued[f] = true
			work = append(work, f)
		}
	}
	errOK := map[funcs.Func]bool{}
	returnsError := func(f funcs.Func) bool {
		ok, known := errOK[f]
		if !known {
			ok = st.returnsError(f)
			errOK[f] = ok
		}
		return ok
	}
	addTo := func(f funcs.Func, s Sent, asError bool) {
		set := res.sends
		if asError && returnsError(f) {
			set = res.errs
		}
		if grown, ok := merge(set[f], s); ok {
			set[f] = grown
			push(f)
		}
	}
	// flowTo adds what callee sends and carries to caller, through e.
	flowTo := func(caller funcs.Func, e edge, sent, errs []Sent) {
		for _, s := range sent {
			addTo(caller, s, false)
		}
		if len(errs) == 0 || e.call != nil && !st.reach(caller).calls[e.call] {
			return
		}
		for _, s := range errs {
			addTo(caller, s, true)
		}
	}
	for _, s := range sr.Sites {
		for _, c := range s.Codes {
			if sendable(c.Value) {
				addTo(s.Func, Sent{Code: c.Value, Expr: c.Expr}, s.Error)
			}
		}
	}
	for _, from := range st.order {
		for _, to := range st.callees[from] {
			if to.f.Obj == nil || to.f.Obj.Pkg() == st.pass.Pkg {
				continue
			}
			sent, errs := res.split(to.f)
			flowTo(from, edge{to.f, to.call}, sent, errs)
		}
	}
	for len(work) > 0 {
		f := work[0]
		work = work[1:]
		queued[f] = false
		for _, caller := range st.callers[f] {
			flowTo(caller.f, caller, res.sends[f], res.errs[f])
		}
	}
	for _, m := range []map[funcs.Func][]Sent{res.sends, res.errs} {
		for f, list := range m {
			slices.SortFunc(list, func(a, b Sent) int { return compare(st.pass.Fset, a, b) })
			m[f] = list
		}
	}
}

// sendable reports whether code is a status code a response can carry:
// codes outside 100–599 are range bugs or sentinels, not responses.
func sendable(code int64) bool { return code == int64(int(code)) && status.InRange(int(code)) }

// merge adds s to list: a constant of this package once, and a code of
// another package once per code, at its smallest position. It reports
// whether list changed.
func merge(list []Sent, s Sent) ([]Sent, bool) {
	for i, t := range list {
		if s.Expr != nil {
			if t.Expr == s.Expr {
				return list, false
			}
			continue
		}
		if t.Expr == nil && t.Code == s.Code {
			if compare(nil, s, t) < 0 { // codes of other packages: no position in the file set
				list[i] = s
				return list, true
			}
			return list, false
		}
	}
	return append(list, s), true
}

func (st *state) exportFacts() {
	exported := false
	decls := slices.SortedFunc(maps.Keys(st.decls), func(a, b *types.Func) int { return cmp.Compare(a.Pos(), b.Pos()) })
	for _, decl := range decls {
		f := funcs.Func{Obj: decl}
		fact := &sendsFact{
			Codes:  AddCodes(nil, st.pass, st.res.sends[f]),
			Errs:   AddCodes(nil, st.pass, st.res.errs[f]),
			Passes: st.passes(decl),
		}
		if len(fact.Codes) == 0 && len(fact.Errs) == 0 && len(fact.Passes) == 0 {
			continue
		}
		slices.SortFunc(fact.Codes, codepos.Code.Compare)
		slices.SortFunc(fact.Errs, codepos.Code.Compare)
		st.pass.ExportObjectFact(decl, fact)
		exported = true
	}
	if exported {
		st.pass.ExportPackageFact(new(hasSends))
	}
}

// AddCodes adds the codes of sent to codes, once per code, at its smallest
// position, positions of this package named as codepos.Of does.
func AddCodes(codes []codepos.Code, pass *analysis.Pass, sent []Sent) []codepos.Code {
	for _, s := range sent {
		where := s.Where
		if s.Expr != nil {
			where = codepos.Of(pass, s.Expr.Pos())
		}
		codes = codepos.Add(codes, codepos.Code{Code: s.Code, Where: where})
	}
	return codes
}
