package sends

import (
	"cmp"
	_ "embed"
	"fmt"
	"go/ast"
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
// position, then the codes of other packages by code, position and
// function.
func compare(a, b Sent) int {
	switch {
	case a.Expr != nil && b.Expr != nil:
		return cmp.Compare(a.Expr.Pos(), b.Expr.Pos())
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
	pkg      *types.Package
	sends    map[funcs.Func][]Sent
	imported map[*types.Func]*sendsFact
	active   bool
}

// Active reports whether a function of the package, or of a package it
// imports, can send a status code.
func (r *Result) Active() bool { return r.active }

// Of returns the status codes in 100–599 that f can send, directly or through the
// functions it calls or refers to, in a fixed order.
func (r *Result) Of(f funcs.Func) []Sent {
	if f.Obj != nil && f.Obj.Pkg() != r.pkg {
		fact := r.imported[f.Obj]
		if fact == nil {
			return nil
		}
		sent := make([]Sent, len(fact.Codes))
		for i, c := range fact.Codes {
			sent[i] = Sent{Code: c.Code, Via: f.Obj, Where: c.Where}
		}
		return sent
	}
	return r.sends[f]
}

// sendsFact records the status codes a function can send, each once, at
// its smallest position.
type sendsFact struct {
	Codes []codepos.Code
}

func (*sendsFact) AFact() {}

func (f *sendsFact) String() string {
	codes := make([]string, len(f.Codes))
	for i, c := range f.Codes {
		codes[i] = fmt.Sprint(c.Code)
	}
	return "sends(" + strings.Join(codes, ", ") + ")"
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
	order   []funcs.Func         // every function that refers to something, in source order
	callees map[funcs.Func][]funcs.Func
	callers map[funcs.Func][]funcs.Func
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{
		pkg:      pass.Pkg,
		sends:    map[funcs.Func][]Sent{},
		imported: map[*types.Func]*sendsFact{},
	}
	for _, f := range pass.AllObjectFacts() {
		if fn, ok := f.Object.(*types.Func); ok {
			res.imported[fn] = f.Fact.(*sendsFact)
		}
	}
	sr := pass.ResultOf[sites.Analyzer].(*sites.Result)
	if !sendsAny(sr) && !importsSends(pass) {
		return res, nil // no function here can send a status code
	}
	res.active = true
	st := &state{pass: pass, res: res, decls: map[*types.Func]bool{}, callees: map[funcs.Func][]funcs.Func{}, callers: map[funcs.Func][]funcs.Func{}}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
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

// collectRefs records, for each function, the functions it calls or refers
// to and the function literals it contains, except the handlers it
// registers.
func (st *state) collectRefs(in *inspector.Inspector, handlers map[ast.Node]bool) {
	info := st.pass.TypesInfo
	add := func(from, to funcs.Func) {
		if _, ok := st.callees[from]; !ok {
			st.order = append(st.order, from)
		}
		st.callees[from] = append(st.callees[from], to)
		st.callers[to] = append(st.callers[to], from)
	}
	for cur := range in.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.Ident)(nil)) {
		if handlers[cur.Node()] {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := info.Defs[n.Name].(*types.Func); ok {
				st.decls[fn] = true
			}
		case *ast.FuncLit:
			add(funcs.Enclosing(info, cur.Parent()), funcs.Func{Lit: n})
		case *ast.Ident:
			fn, ok := info.Uses[n].(*types.Func)
			if !ok || funcs.IsAbstract(fn) {
				continue
			}
			add(funcs.Enclosing(info, cur), funcs.Func{Obj: fn.Origin()})
		}
	}
}

// propagate gives each function of the package the codes it can
// send: its own sites', then, over a worklist of callee-to-caller edges,
// its callees'. The sets only grow and merging is order-independent, so
// the result is the same in every run.
func (st *state) propagate(sr *sites.Result) {
	sends := st.res.sends
	var work []funcs.Func
	queued := map[funcs.Func]bool{}
	push := func(f funcs.Func) {
		if !queued[f] {
			queued[f] = true
			work = append(work, f)
		}
	}
	for _, s := range sr.Sites {
		for _, c := range s.Codes {
			if sendable(c.Value) {
				if grown, ok := merge(sends[s.Func], Sent{Code: c.Value, Expr: c.Expr}); ok {
					sends[s.Func] = grown
					push(s.Func)
				}
			}
		}
	}
	for _, from := range st.order {
		for _, to := range st.callees[from] {
			if to.Obj == nil || to.Obj.Pkg() == st.pass.Pkg {
				continue
			}
			for _, s := range st.res.Of(to) {
				if grown, ok := merge(sends[from], s); ok {
					sends[from] = grown
					push(from)
				}
			}
		}
	}
	for len(work) > 0 {
		f := work[0]
		work = work[1:]
		queued[f] = false
		for _, caller := range st.callers[f] {
			for _, s := range sends[f] {
				if grown, ok := merge(sends[caller], s); ok {
					sends[caller] = grown
					push(caller)
				}
			}
		}
	}
	for f, list := range sends {
		slices.SortFunc(list, compare)
		sends[f] = list
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
			if compare(s, t) < 0 {
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
		sent := st.res.sends[funcs.Func{Obj: decl}]
		if len(sent) == 0 {
			continue
		}
		fact := &sendsFact{Codes: AddCodes(nil, st.pass, sent)}
		slices.SortFunc(fact.Codes, codepos.Code.Compare)
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
