package lifecycle

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"net/textproto"
	"reflect"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/analysisdoc"
	"github.com/statuslint/statuslint/internal/flow"
	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/source"
)

//go:embed doc.go
var doc string

// Analyzer follows the response lifecycle; see the package doc.
var Analyzer = &analysis.Analyzer{
	Name:       "lifecycle",
	Doc:        analysisdoc.MustExtractDoc(doc, "lifecycle"),
	URL:        "https://github.com/statuslint/statuslint#superfluous",
	Requires:   []*analysis.Analyzer{inspect.Analyzer},
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(effectsFact), new(hasFacts)},
}

// Kind says what a finding is.
type Kind int

// The kinds of findings.
const (
	// Superfluous: a status set after the response was committed.
	Superfluous Kind = iota
	// Bodyless: a body written under a status that allows none.
	Bodyless
	// LateHeader: a header changed after the response was committed.
	LateHeader
)

// Finding is one lifecycle bug.
type Finding struct {
	Kind  Kind
	Model knowledge.Model
	Call  *ast.CallExpr // the late call, the write, the header change or the render
	Name  string        // what the message names: "http.Error", "writeJSON"
	// Code is the status that Call sets (Superfluous) or under which it
	// writes (Bodyless), when known.
	Code  int64
	Known bool
	// Prior is the call that committed the response or set the status;
	// nil for a render whose own status allows no body.
	Prior      *ast.CallExpr
	PriorName  string
	PriorCode  int64 // the status Prior sets, when PriorKnown
	PriorKnown bool
	Key        string // the header a LateHeader finding changes
}

// Result lists the package's findings in source order.
type Result struct {
	Findings []Finding
	// Implicit lists the functions that write a body where no status was
	// set on any path before: the runtime sends 200 there. Runtimes that
	// send the last status set are left out (a later status may replace
	// it).
	Implicit []Implicit
}

// Implicit is a function, and its first call, that writes a body with no
// status set before: the response goes out with 200.
type Implicit struct {
	Func ast.Node // *ast.FuncDecl or *ast.FuncLit
	Call *ast.CallExpr
}

// effectsFact summarizes a function's effect on its writer parameters.
type effectsFact struct{ Params []paramEffect }

type paramEffect struct {
	Index   int
	Model   knowledge.Model
	Status  bool // sets a status on every path
	Commits bool // commits the response on every path
	Body    bool // writes a body on every path, and sets no status
	// CodeArg is 1 + the index of the parameter that is every status the
	// function sets, on every path followed by a body; BodyArg is 1 + the
	// index of the parameter that is that body, when it is one. 0: none.
	CodeArg, BodyArg int
	// Reports, for a function that commits on some paths only, is what
	// its last result is on the paths that commit, when every return of
	// that result has committed and no other return may have
	// (decode(w, r, &v) reports false, bind(w, r) a non-nil error); 0:
	// none.
	Reports outcome
}

// outcome is what a call's last result is on some paths.
type outcome uint8

// The outcomes.
const (
	outNone outcome = iota
	outFalse
	outTrue
	outNil
	outNonNil
)

func (o outcome) String() string {
	return [...]string{"none", "false", "true", "nil", "non-nil"}[o]
}

func (*effectsFact) AFact() {}

func (f *effectsFact) String() string {
	var parts []string
	for _, p := range f.Params {
		var e []string
		if p.Status {
			e = append(e, "status")
		}
		if p.Commits {
			e = append(e, "commits")
		}
		if p.Body {
			e = append(e, "body")
		}
		if p.Reports != outNone {
			e = append(e, "reports="+p.Reports.String())
		}
		part := fmt.Sprintf("%d:%s:%s", p.Index, p.Model, strings.Join(e, "+"))
		if p.CodeArg > 0 {
			part += fmt.Sprintf(":code=%d", p.CodeArg-1)
		}
		if p.BodyArg > 0 {
			part += fmt.Sprintf(":body=%d", p.BodyArg-1)
		}
		parts = append(parts, part)
	}
	return "lifecycle(" + strings.Join(parts, ", ") + ")"
}

// hasFacts marks a package that exports effects facts: its importers are
// analyzed even when they use no HTTP API directly.
type hasFacts struct{}

func (*hasFacts) AFact() {}

func (*hasFacts) String() string { return "hasLifecycleFacts" }

// event is one call's effect on one writer.
type event struct {
	call    *ast.CallExpr
	name    string
	target  *types.Var
	model   knowledge.Model
	status  bool // sets a status
	code    int64
	known   bool // code is known
	commits bool
	body    bool // writes a non-empty body
	header  bool
	key     string // the header key, "" if unknown
	certain bool   // committed even if the call returns an error
	value   string // the header value, when constant
	render  bool   // a render whose own status (renderCode) allows no body for its body
	id      int    // the order in which events were made
	// renderCode is the status of a render finding.
	renderCode int64
	// statusVar and bodyVar are the parameters of the enclosing function
	// passed as the status and as the body, if any.
	statusVar, bodyVar *types.Var
	// commitsIf: the call commits on the paths where its last result is
	// when, and on no other (a helper's Reports); when is also set for a
	// committing call whose error, nil, says that it committed.
	commitsIf bool
	when      outcome
	// opaque: the call hands a writer whose runtime records the status
	// (gin) to code that is not followed, which may record one.
	opaque bool
}

// summary is a function's effect on one writer parameter.
type summary struct {
	model            knowledge.Model
	status           bool
	commits          bool
	body             bool
	codeArg, bodyArg int     // paramEffect's CodeArg and BodyArg
	reports          outcome // paramEffect's Reports
}

// fnInfo is a function's flow graph and the events of its calls.
type fnInfo struct {
	g   *flow.Graph
	evs []*event
}

type checker struct {
	pass    *analysis.Pass
	adapted bool                       // the package imports a runtime that may adapt net/http handlers (knowledge.MayAdaptNetHTTP)
	calls   map[*ast.CallExpr][]*event // classify's answers
	noRet   map[*types.Func]bool       // localNoReturn's answers
	res     *Result
	decls   map[*types.Func]*ast.FuncDecl
	infos   map[ast.Node]*fnInfo
	sums    map[*types.Func]map[int]summary
	busy    map[*types.Func]bool
	vars    *flow.Vars // which variables are reassigned, address-taken, closures
	// recovered are the variables assigned what recover returns.
	recovered map[*types.Var]bool
	reported  map[*ast.CallExpr]bool
	cors      map[*event]*correlation // correlateOnce's answers
	nextID    int
	// derivedVars caches derived.
	derivedVars map[derivedKey][]*types.Var
	// assigns caches withCopies' assignments of each function.
	assigns map[ast.Node][]copyOf
}

func run(pass *analysis.Pass) (any, error) {
	res := new(Result)
	if knowledge.Knows(pass.Pkg.Path()) || knowledge.HasEffects(pass.Pkg.Path()) {
		return res, nil // the frameworks' own code
	}
	if !relevant(pass) {
		return res, nil
	}
	in := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:     pass,
		calls:    map[*ast.CallExpr][]*event{},
		noRet:    map[*types.Func]bool{},
		res:      res,
		decls:    map[*types.Func]*ast.FuncDecl{},
		infos:    map[ast.Node]*fnInfo{},
		sums:     map[*types.Func]map[int]summary{},
		busy:     map[*types.Func]bool{},
		reported: map[*ast.CallExpr]bool{},
		cors:     map[*event]*correlation{},

		recovered: map[*types.Var]bool{},

		derivedVars: map[derivedKey][]*types.Var{},
		assigns:     map[ast.Node][]copyOf{},
	}
	for _, imp := range pass.Pkg.Imports() {
		c.adapted = c.adapted || knowledge.MayAdaptNetHTTP(imp.Path())
	}
	files := make([]ast.Node, len(pass.Files))
	for i, f := range pass.Files {
		files[i] = f
	}
	c.vars = flow.NewVars(pass.TypesInfo, files...)
	var funcs []ast.Node
	for cur := range in.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.AssignStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if len(n.Rhs) == 1 {
				if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok {
					if b, ok := typeutil.Callee(pass.TypesInfo, call).(*types.Builtin); ok && b.Name() == "recover" {
						for _, l := range n.Lhs {
							if id, ok := l.(*ast.Ident); ok {
								if v, ok := pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
									c.recovered[v] = true
								}
							}
						}
					}
				}
			}
		case *ast.FuncDecl:
			if fn, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				c.decls[fn] = n
				funcs = append(funcs, n)
			}
		case *ast.FuncLit:
			funcs = append(funcs, n)
		}
	}
	for _, fn := range funcs {
		c.check(fn)
	}
	c.exportFacts()
	sort.SliceStable(res.Findings, func(i, j int) bool { return res.Findings[i].Call.Pos() < res.Findings[j].Call.Pos() })
	return res, nil
}

// relevant reports whether the package uses a writer API directly or
// imports a package with facts.
func relevant(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if knowledge.DeclaresWriter(imp.Path()) {
			return true
		}
		if pass.ImportPackageFact(imp, new(hasFacts)) {
			return true
		}
	}
	return false
}

// info returns the events of a function, located in its CFG.
func (c *checker) info(fn ast.Node) *fnInfo {
	if fi, ok := c.infos[fn]; ok {
		return fi
	}
	fi := &fnInfo{}
	c.infos[fn] = fi
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		body = fn.Body
	case *ast.FuncLit:
		body = fn.Body
	}
	if body == nil {
		return fi
	}
	// A graph only for a function whose calls touch a writer (its
	// closures and deferred calls included).
	ast.Inspect(body, func(x ast.Node) bool {
		if call, ok := x.(*ast.CallExpr); ok {
			fi.evs = append(fi.evs, c.classifyOnce(call)...)
		}
		return true
	})
	if slices.ContainsFunc(fi.evs, func(ev *event) bool { return !ev.opaque }) {
		// Opaque calls alone find and summarize nothing.
		fi.g = flow.New(body, c.pass.TypesInfo, c.mayReturn, c.vars)
	}
	return fi
}

// classifyOnce returns classify's answer for call, computed once.
func (c *checker) classifyOnce(call *ast.CallExpr) []*event {
	evs, ok := c.calls[call]
	if !ok {
		evs = c.classify(call)
		c.calls[call] = evs
	}
	return evs
}

// mayReturn reports whether call may return: not panic, nor a function
// that the knowledge tables or this package's code show never returns.
func (c *checker) mayReturn(call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(c.pass.TypesInfo, call).(type) {
	case *types.Builtin:
		return fn.Name() != "panic"
	case *types.Func:
		return !knowledge.NoReturn(fn.FullName()) && !c.localNoReturn(fn)
	}
	return true
}

// localNoReturn reports a function of this package whose body has no
// return statement and ends with a call that never returns (fatalf calling
// log.Fatalf).
func (c *checker) localNoReturn(fn *types.Func) bool {
	if fn.Pkg() != c.pass.Pkg {
		return false
	}
	if v, ok := c.noRet[fn]; ok {
		return v
	}
	c.noRet[fn] = false // cycles return
	decl := c.decls[fn]
	if decl == nil || len(decl.Body.List) == 0 {
		return false
	}
	es, ok := decl.Body.List[len(decl.Body.List)-1].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok || c.mayReturn(call) {
		return false
	}
	hasReturn := false
	ast.Inspect(decl.Body, func(x ast.Node) bool {
		switch x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			hasReturn = true
		}
		return !hasReturn
	})
	c.noRet[fn] = !hasReturn
	return !hasReturn
}

// classify returns what call does to the writers it touches.
func (c *checker) classify(call *ast.CallExpr) []*event {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if ok && fn.Pkg() != nil && knowledge.HasEffects(fn.Pkg().Path()) {
		var evs []*event
		for _, e := range knowledge.LookupEffects(fn.FullName()) {
			evs = append(evs, c.fromEffect(call, fn, e)...)
		}
		return evs
	}
	if _, builtin := typeutil.Callee(c.pass.TypesInfo, call).(*types.Builtin); builtin {
		return nil
	}
	if ok && fn.Pkg() != nil {
		if evs := c.fromSummary(call, fn.Origin()); evs != nil {
			return evs
		}
	}
	return c.opaque(call)
}

// opaque returns the events of a call that is not followed and takes, as
// an argument, a writer whose runtime records the status until the first
// write: the call may record one.
func (c *checker) opaque(call *ast.CallExpr) []*event {
	if tv, ok := c.pass.TypesInfo.Types[call.Fun]; ok && tv.IsType() {
		return nil // a conversion
	}
	var evs []*event
	for _, a := range call.Args {
		v, model := c.target(a)
		if v == nil || !knowledge.RulesOf(model).Recorded || slices.ContainsFunc(evs, func(ev *event) bool { return ev.target == v }) {
			continue
		}
		evs = append(evs, &event{call: call, target: v, model: model, opaque: true, id: c.newID()})
	}
	return evs
}

// lastResult returns the last result of a function's signature, and
// whether it reports an outcome (a bool or an error).
func lastResult(sig *types.Signature) (isErr, reports bool) {
	res := sig.Results()
	if res.Len() == 0 {
		return false, false
	}
	t := res.At(res.Len() - 1).Type()
	if types.Identical(t, types.Universe.Lookup("error").Type()) {
		return true, true
	}
	b, ok := t.Underlying().(*types.Basic)
	return false, ok && b.Kind() == types.Bool
}

func (c *checker) fromEffect(call *ast.CallExpr, fn *types.Func, e knowledge.Effect) []*event {
	var w ast.Expr
	sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	switch {
	case e.Writer >= 0:
		if e.Writer < len(call.Args) {
			w = call.Args[e.Writer]
		}
	case sel == nil:
	case e.Writer == knowledge.AtRecv:
		w = sel.X
	case e.Writer == knowledge.AtHeaderRecv:
		if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && len(inner.Args) == 0 {
			if isel, ok := ast.Unparen(inner.Fun).(*ast.SelectorExpr); ok && isel.Sel.Name == "Header" {
				if m, ok := typeutil.Callee(c.pass.TypesInfo, inner).(*types.Func); ok && knowledge.IsHeaderMap(m.FullName()) {
					w = isel.X
				}
			}
		}
	case e.Writer == knowledge.AtEncoderRecv:
		if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok && len(inner.Args) == 1 {
			if m, ok := typeutil.Callee(c.pass.TypesInfo, inner).(*types.Func); ok && slices.Contains(knowledge.EncoderCtors, m.FullName()) {
				w = inner.Args[0]
			}
		}
	}
	if w == nil {
		return nil
	}
	v, model := c.target(w)
	if v == nil {
		return nil
	}
	ev := &event{call: call, name: funcs.Name(fn, c.pass.Pkg), target: v, model: model, id: c.newID()}
	switch {
	case e.Status >= 0 && e.Status < len(call.Args):
		ev.status = true
		ev.code, ev.known = source.IntConst(c.pass.TypesInfo, call.Args[e.Status])
		ev.statusVar = c.paramVar(call.Args[e.Status])
	case e.Status == knowledge.Unknown:
		ev.status = true
	case e.Code != 0:
		ev.status, ev.code, ev.known = true, int64(e.Code), true
	}
	if ev.status && ev.known && ev.code <= 0 && knowledge.RulesOf(model).IgnoresNonPositive {
		ev.status = false // gin ignores codes ≤ 0: nothing is set
	}
	switch {
	case e.Body >= 0 && e.Body < len(call.Args):
		ev.body = c.nonEmpty(call, e.Body)
		ev.bodyVar = c.paramVar(call.Args[e.Body])
	case e.Body == knowledge.Always:
		ev.body = true
	}
	if e.Sets != "" {
		ev.header, ev.key = true, e.Sets
	}
	if e.Key >= 0 && e.Key < len(call.Args) {
		ev.header = true
		if tv, ok := c.pass.TypesInfo.Types[call.Args[e.Key]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			ev.key = textproto.CanonicalMIMEHeaderKey(constant.StringVal(tv.Value))
		}
		if e.Key+1 < len(call.Args) {
			if tv, ok := c.pass.TypesInfo.Types[call.Args[e.Key+1]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				ev.value = constant.StringVal(tv.Value)
			}
		}
	}
	ev.commits, ev.certain, ev.opaque = e.Commits, e.Certain, e.MayRecord
	if ev.status && !knowledge.RulesOf(model).Recorded && (!ev.known || !informational(ev.code)) {
		ev.commits = true
	}
	if ev.status && ev.known && knowledge.RulesOf(model).PanicsOutOfRange && (ev.code < 100 || ev.code > 999) {
		// net/http panics (invalid WriteHeader code) on a fresh response.
		ev.commits = false
	}
	if e.Redirect != "" && (!ev.known || !knowledge.RedirectAccepts(e.Redirect, ev.code)) {
		// A refused code sends nothing (gin panics, echo returns an
		// error); an unknown one may be refused.
		ev.commits, ev.status = false, ev.status && ev.known
	}
	if isErr, _ := lastResult(fn.Signature()); isErr && ev.commits && !ev.certain {
		ev.when = outNil // a nil error says that the call wrote
	}
	ev.render = e.Render && ev.status && ev.known && ev.body && knowledge.BodylessCode(model, ev.code)
	ev.renderCode = ev.code
	return []*event{ev}
}

// informational reports a 1xx code that commits nothing: every one but
// 101 Switching Protocols.
func informational(code int64) bool { return code >= 100 && code <= 199 && code != 101 }

func (c *checker) fromSummary(call *ast.CallExpr, fn *types.Func) []*event {
	sums := c.summaries(fn)
	if len(sums) == 0 {
		return nil
	}
	var evs []*event
	for _, i := range slices.Sorted(func(yield func(int) bool) {
		for i := range sums {
			if !yield(i) {
				return
			}
		}
	}) {
		s := sums[i]
		if i >= len(call.Args) || fn.Signature().Variadic() && i >= fn.Signature().Params().Len()-1 {
			continue
		}
		v, model := c.target(call.Args[i])
		if v == nil || model != s.model {
			continue
		}
		ev := &event{call: call, name: funcs.Name(fn, c.pass.Pkg), target: v, model: model,
			status: s.status, commits: s.commits, body: s.body, id: c.newID(),
			commitsIf: s.reports != outNone, when: s.reports}
		if isErr, _ := lastResult(fn.Signature()); isErr && s.commits {
			ev.when = outNil // it committed on every path: certainly where it returns nil
		}
		if q := s.codeArg - 1; q >= 0 && q < len(call.Args) {
			// writeJSON(w, 204, v): a status the caller passes, then a body.
			code, known := source.IntConst(c.pass.TypesInfo, call.Args[q])
			b := s.bodyArg - 1
			ev.render = known && knowledge.BodylessCode(model, code) && (b < 0 || b < len(call.Args) && c.nonEmpty(call, b))
			ev.renderCode = code
		}
		evs = append(evs, ev)
	}
	return evs
}

// target returns the writer variable that e denotes, and its model.
func (c *checker) target(e ast.Expr) (*types.Var, knowledge.Model) {
	info := c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.TypeAssertExpr:
		// w.(http.Flusher): the same writer, seen through an interface.
		if e.Type != nil && types.IsInterface(info.TypeOf(e.Type)) {
			v, _ := c.target(e.X)
			if v == nil {
				return nil, ""
			}
			if m, ok := knowledge.WriterOf(types.TypeString(v.Type(), nil)); ok && knowledge.RulesOf(m).AssertViews {
				return v, m
			}
		}
		return nil, ""
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok || v.Kind() != types.ParamVar || !c.vars.Stable(v) {
			// Only parameters: a local writer may be a wrapper that
			// buffers (cw := newBufferedWriter(w)).
			return nil, ""
		}
		m, ok := knowledge.WriterOf(types.TypeString(v.Type(), nil))
		if !ok {
			return nil, ""
		}
		return v, m
	case *ast.SelectorExpr:
		s := info.Selections[e]
		if s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
			return nil, ""
		}
		named := funcs.NamedOf(s.Recv())
		if named == nil || named.Obj().Pkg() == nil {
			return nil, ""
		}
		if !knowledge.IsWriterView(named.Obj().Pkg().Path() + "." + named.Obj().Name() + "." + e.Sel.Name) {
			return nil, ""
		}
		return c.target(e.X)
	case *ast.CallExpr:
		// A view: c.Response(), or a method that returns its receiver
		// (fiber's c.Status(204)).
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil, ""
		}
		m, ok := typeutil.Callee(info, e).(*types.Func)
		if !ok || !knowledge.IsWriterView(m.FullName()) {
			return nil, ""
		}
		return c.target(sel.X)
	}
	return nil, ""
}

// paramVar returns the parameter that e names, if any.
func (c *checker) paramVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Kind() != types.ParamVar || !c.vars.Stable(v) {
		return nil
	}
	return v
}

// nonEmpty reports whether argument i of call is known to produce a
// non-empty body. A string or byte slice needs a non-empty constant or
// literal; any other value but nil encodes to something (JSON "{}",
// "null", "0"); String's format arguments always print.
func (c *checker) nonEmpty(call *ast.CallExpr, i int) bool {
	arg := ast.Unparen(call.Args[i])
	info := c.pass.TypesInfo
	tv, ok := info.Types[arg]
	if !ok {
		return false
	}
	if tv.IsNil() {
		return false
	}
	if tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value) != ""
	}
	switch u := tv.Type.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			return false // a string that is not constant may be empty
		}
		return u.Kind() != types.UntypedNil
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
			// []byte("text") or []byte{…}
			switch a := arg.(type) {
			case *ast.CompositeLit:
				return len(a.Elts) > 0
			case *ast.CallExpr:
				if len(a.Args) == 1 && info.Types[a.Fun].IsType() {
					if v := info.Types[a.Args[0]].Value; v != nil && v.Kind() == constant.String {
						return constant.StringVal(v) != ""
					}
				}
			}
			return false
		}
	}
	return true
}

func (c *checker) newID() int {
	c.nextID++
	return c.nextID
}

// add records a finding: the one place where findings are made, and
// where every filter applies.
func (c *checker) add(f Finding) {
	switch {
	case c.reported[f.Call]:
		return
	case source.InTest(c.pass.Fset, f.Call.Pos()):
		// Tests call writers out of order on purpose, to exercise
		// middleware and wrappers that buffer or normalize.
		return
	case c.adapted && knowledge.RulesOf(f.Model).Adaptable && f.Kind != Bodyless:
		// An adaptor that buffers the response keeps the last status and
		// applies late headers; both runtimes drop a 204's body.
		return
	}
	c.reported[f.Call] = true
	c.res.Findings = append(c.res.Findings, f)
}
