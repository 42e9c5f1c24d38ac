package sites

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/flow"
	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/source"
)

// values resolves the constant codes an expression can hold: constants,
// local variables whose every assignment is resolvable, and calls of
// functions whose integer result always is (mappers, such as
// statusFor(err)), or is one of their parameters (orDefault(code)).
// Anything else is unknown: nothing is guessed.
//
// It reads a top-level declaration only when a question is asked about a
// variable or function declared in it, so packages with few sites cost
// little.
type values struct {
	pass    *analysis.Pass
	in      *inspector.Inspector
	decls   map[token.Pos]inspector.Cursor // top-level declarations by position
	read    map[token.Pos]bool             // declarations read
	assigns map[*types.Var][]assign        // every value assigned to a local variable
	opaque  map[*types.Var]bool            // local variables assigned in ways not followed
	vars    *flow.Vars                     // variables reassigned, address-taken, assigned in a function literal
	returns map[*types.Func][]inspector.Cursor
	bare    map[*types.Func]bool // functions with a bare return
	memo    map[result]*mapping
	busy    map[result]bool
	tables  map[*types.Var][]Code       // status tables of this package
	mapUses map[*types.Var][]*ast.Ident // uses of package-level maps
	writes  map[*types.Var]bool         // package-level maps this package may change
	methods []*types.Func               // methods of other packages with a returns fact
	implsOf map[*types.Func][]impl      // implementations of interface methods
	graphs  map[*ast.BlockStmt]*flow.Graph
	flows   map[flowKey]*flow.Result[defs] // reaching's answers
}

// assign is a value assigned to a local variable: rhs, or its result
// Result when rhs is a call with several results.
type assign struct {
	rhs    ast.Expr
	result int // -1 for a single value
}

// result is one integer result of a function.
type result struct {
	fn    *types.Func
	index int
}

// mapping is what a function returns in one of its integer results: one of
// the constants codes, or the value of one of its parameters, under a
// guard.
type mapping struct {
	codes  []Code
	params []passParam
}

// passParam is a parameter whose value a function returns, when its guard
// lets it through.
type passParam struct {
	Index int
	Guard guard
}

func (m *mapping) addParam(i int, g guard) {
	for j, p := range m.params {
		if p.Index == i {
			m.params[j].Guard = p.Guard.or(g)
			return
		}
	}
	m.params = append(m.params, passParam{i, g})
	slices.SortFunc(m.params, func(a, b passParam) int { return a.Index - b.Index })
}

func newValues(pass *analysis.Pass, in *inspector.Inspector) *values {
	return &values{
		pass:    pass,
		in:      in,
		read:    map[token.Pos]bool{},
		assigns: map[*types.Var][]assign{},
		opaque:  map[*types.Var]bool{},
		returns: map[*types.Func][]inspector.Cursor{},
		bare:    map[*types.Func]bool{},
		memo:    map[result]*mapping{},
		busy:    map[result]bool{},
		tables:  map[*types.Var][]Code{},
		writes:  map[*types.Var]bool{},
		implsOf: map[*types.Func][]impl{},
		graphs:  map[*ast.BlockStmt]*flow.Graph{},
		flows:   map[flowKey]*flow.Result[defs]{},
	}
}

// readAround reads the top-level declaration that contains pos, once.
func (v *values) readAround(pos token.Pos) {
	if v.decls == nil {
		v.decls = map[token.Pos]inspector.Cursor{}
		for file := range v.in.Root().Children() {
			for decl := range file.Children() {
				if _, ok := decl.Node().(ast.Decl); ok {
					v.decls[decl.Node().Pos()] = decl
				}
			}
		}
	}
	for _, f := range v.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			for _, d := range f.Decls {
				if d.Pos() <= pos && pos < d.End() {
					if !v.read[d.Pos()] {
						v.read[d.Pos()] = true
						v.readDecl(v.decls[d.Pos()])
					}
					return
				}
			}
			return
		}
	}
}

// mappers returns the functions of the package whose integer results are
// mappers, with what each returns.
func (v *values) mappers() map[*types.Func][]resultMapping {
	mappers := map[*types.Func][]resultMapping{}
	for _, f := range v.pass.Files {
		for _, d := range f.Decls {
			decl, ok := d.(*ast.FuncDecl)
			if !ok || decl.Body == nil {
				continue
			}
			fn, ok := v.pass.TypesInfo.Defs[decl.Name].(*types.Func)
			if !ok {
				continue
			}
			res := fn.Signature().Results()
			for i := range res.Len() {
				if isInteger(res.At(i).Type()) {
					if m, ok := v.mapper(fn, i); ok {
						mappers[fn] = append(mappers[fn], resultMapping{i, m})
					}
				}
			}
		}
	}
	return mappers
}

type resultMapping struct {
	index int
	m     *mapping
}

func (v *values) readDecl(root inspector.Cursor) {
	info := v.pass.TypesInfo
	for cur := range root.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.ReturnStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN || n.Tok == token.DEFINE {
				v.readAssign(n.Lhs, n.Rhs)
			} else {
				for _, lhs := range n.Lhs {
					v.setOpaque(lhs)
				}
			}
		case *ast.ValueSpec:
			// A declaration without a value is left out: the zero value is
			// seldom sent, and guessing it would cry wolf.
			if len(n.Values) > 0 {
				lhs := make([]ast.Expr, len(n.Names))
				for i, name := range n.Names {
					lhs[i] = name
				}
				v.readAssign(lhs, n.Values)
			}
		case *ast.IncDecStmt:
			v.setOpaque(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				v.setOpaque(n.X)
			}
		case *ast.ReturnStmt:
			fn := funcs.Enclosing(info, cur).Obj
			if fn == nil || !intResults(fn) {
				continue
			}
			if len(n.Results) == 0 {
				v.bare[fn] = true
			} else {
				v.returns[fn] = append(v.returns[fn], cur)
			}
		}
	}
}

// readAssign records the values assigned to local variables: one value
// each, the results of a call, or a map lookup with its "ok".
func (v *values) readAssign(lhs, rhs []ast.Expr) {
	record := func(e ast.Expr, a assign) {
		lv := v.local(e)
		if lv == nil {
			return
		}
		v.assigns[lv] = append(v.assigns[lv], a)
	}
	switch {
	case len(lhs) == len(rhs):
		for i := range lhs {
			record(lhs[i], assign{rhs[i], -1})
		}
	case len(rhs) == 1:
		switch r := ast.Unparen(rhs[0]).(type) {
		case *ast.CallExpr:
			for i := range lhs {
				record(lhs[i], assign{r, i})
			}
			return
		case *ast.IndexExpr:
			if len(lhs) == 2 {
				record(lhs[0], assign{r, -1})
				v.setOpaque(lhs[1])
				return
			}
		}
		fallthrough
	default:
		for _, e := range lhs {
			v.setOpaque(e)
		}
	}
}

// intResults reports whether fn has a result of integer type.
func intResults(fn *types.Func) bool {
	res := fn.Signature().Results()
	for i := range res.Len() {
		if isInteger(res.At(i).Type()) {
			return true
		}
	}
	return false
}

// local returns the local variable that e names, if any.
func (v *values) local(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	lv, ok := v.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || lv.IsField() || lv.Parent() == nil || lv.Parent() == v.pass.Pkg.Scope() {
		return nil
	}
	return lv
}

func (v *values) setOpaque(e ast.Expr) {
	if lv := v.local(e); lv != nil {
		v.opaque[lv] = true
	}
}

// codes returns the constant codes e can hold where cur stands, or false
// when some value of e is unknown. The guards around cur drop the values
// of a variable that they exclude.
func (v *values) codes(cur inspector.Cursor, e ast.Expr) ([]Code, bool) {
	if _, ok := source.IntConst(v.pass.TypesInfo, e); !ok {
		if lv := v.local(stripConversions(v.pass.TypesInfo, e)); lv != nil {
			return v.varCodes(cur, lv)
		}
	}
	return v.resolve(e, map[*types.Var]bool{})
}

func (v *values) resolve(e ast.Expr, seen map[*types.Var]bool) ([]Code, bool) {
	info := v.pass.TypesInfo
	if c, ok := source.IntConst(info, e); ok {
		return []Code{{Value: c, Expr: e}}, true
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		lv := v.local(e)
		if lv == nil {
			return nil, false
		}
		v.readAround(lv.Pos())
		if v.opaque[lv] || len(v.assigns[lv]) == 0 {
			return nil, false
		}
		if seen[lv] {
			return nil, true // a cycle adds nothing new
		}
		seen[lv] = true
		var all []Code
		for _, a := range v.assigns[lv] {
			codes, ok := v.resolveAssign(a, seen)
			if !ok {
				return nil, false
			}
			all = append(all, codes...)
		}
		return all, true
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return v.resolve(e.Args[0], seen) // a conversion
		}
		return v.resolveCall(e, 0, seen)
	case *ast.IndexExpr:
		return v.lookup(e)
	}
	return nil, false
}

func (v *values) resolveAssign(a assign, seen map[*types.Var]bool) ([]Code, bool) {
	if a.result < 0 {
		return v.resolve(a.rhs, seen)
	}
	return v.resolveCall(a.rhs.(*ast.CallExpr), a.result, seen)
}

// resolveCall returns the codes that result index of call can hold.
func (v *values) resolveCall(call *ast.CallExpr, index int, seen map[*types.Var]bool) ([]Code, bool) {
	fn, ok := typeutil.Callee(v.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil, false
	}
	fn = fn.Origin()
	if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return v.implementations(fn, index, call)
	}
	m, ok := v.mapping(fn, index, call)
	if !ok {
		return nil, false
	}
	codes := slices.Clone(m.codes)
	for _, p := range m.params {
		if p.Index >= len(call.Args) {
			return nil, false
		}
		args, ok := v.resolve(call.Args[p.Index], seen)
		if !ok {
			return nil, false
		}
		codes = append(codes, p.Guard.filter(args)...)
	}
	return codes, true
}

// mapping returns what result index of fn returns: from the function
// itself in this package, from its fact in another, where the codes stand
// at call.
func (v *values) mapping(fn *types.Func, index int, call ast.Expr) (*mapping, bool) {
	if fn.Pkg() == v.pass.Pkg {
		return v.mapper(fn, index)
	}
	var fact returnsFact
	if !v.pass.ImportObjectFact(fn, &fact) {
		return nil, false
	}
	for _, r := range fact.Results {
		if r.Index == index {
			m := &mapping{params: r.Params}
			for _, c := range r.Codes {
				m.codes = append(m.codes, Code{Value: c, Expr: call, Via: funcs.Name(fn, v.pass.Pkg)})
			}
			return m, true
		}
	}
	return nil, false
}

// mapper returns what result index of fn, a function of this package,
// always returns.
func (v *values) mapper(fn *types.Func, index int) (*mapping, bool) {
	key := result{fn, index}
	if m, ok := v.memo[key]; ok {
		return m, m != nil
	}
	v.readAround(fn.Pos())
	if v.busy[key] || v.bare[fn] || len(v.returns[fn]) == 0 {
		return nil, false
	}
	v.busy[key] = true
	defer delete(v.busy, key)
	m, ok := v.readReturns(fn, index)
	if !ok || len(m.codes)+len(m.params) == 0 {
		v.memo[key] = nil
		return nil, false
	}
	v.memo[key] = m
	return m, true
}

func (v *values) readReturns(fn *types.Func, index int) (*mapping, bool) {
	m := new(mapping)
	nres := fn.Signature().Results().Len()
	errIndex := -1
	if last := nres - 1; last > 0 && last != index && types.Identical(fn.Signature().Results().At(last).Type(), errorType) {
		errIndex = last
	}
	for _, r := range v.returns[fn] {
		n := r.Node().(*ast.ReturnStmt)
		if errIndex >= 0 && len(n.Results) == nres && v.pass.TypesInfo.Types[n.Results[errIndex]].IsNil() {
			// A code returned beside a nil error is the success value:
			// callers send the code when there is an error
			// (user, code, err := resolve(…); if err != nil {
			// http.Error(w, msg, code) }), so it is not sent.
			continue
		}
		if len(n.Results) != nres {
			// return f(): the results of another call.
			call, ok := ast.Unparen(n.Results[0]).(*ast.CallExpr)
			if !ok || len(n.Results) != 1 {
				return nil, false
			}
			codes, ok := v.resolveCall(call, index, map[*types.Var]bool{})
			if !ok {
				return nil, false
			}
			m.codes = append(m.codes, codes...)
			continue
		}
		e := n.Results[index]
		if p, i := v.param(fn, e); p != nil {
			// The caller's value, where it gets through.
			g, ok := v.paramFlow(r, p)
			if !ok {
				return nil, false
			}
			m.addParam(i, g)
			if len(v.assigns[p]) > 0 {
				codes, ok := v.varCodes(r, p)
				if !ok {
					return nil, false
				}
				m.codes = append(m.codes, codes...)
			}
			continue
		}
		codes, ok := v.resolve(e, map[*types.Var]bool{})
		if !ok {
			return nil, false
		}
		m.codes = append(m.codes, codes...)
	}
	return m, true
}

var errorType = types.Universe.Lookup("error").Type()

// returnsFact records what a function's integer results return, for the
// status sites of other packages that use them: constants, and parameters
// passed through.
type returnsFact struct{ Results []resultFact }

type resultFact struct {
	Index  int
	Codes  []int64
	Params []passParam
}

func (*returnsFact) AFact() {}

func (f *returnsFact) String() string {
	var s []string
	for _, r := range f.Results {
		var items []string
		for _, c := range r.Codes {
			items = append(items, fmt.Sprint(c))
		}
		for _, p := range r.Params {
			items = append(items, fmt.Sprintf("param %d%s", p.Index, p.Guard))
		}
		name := "returns"
		if r.Index > 0 {
			name = fmt.Sprintf("returns#%d", r.Index)
		}
		s = append(s, name+"("+strings.Join(items, ", ")+")")
	}
	return strings.Join(s, " ")
}

// captured reports whether a function literal that does not declare lv
// assigns it.
func (v *values) captured(lv *types.Var) bool {
	if v.vars == nil {
		files := make([]ast.Node, len(v.pass.Files))
		for i, f := range v.pass.Files {
			files[i] = f
		}
		v.vars = flow.NewVars(v.pass.TypesInfo, files...)
	}
	return v.vars.Captured(lv)
}

// reassigned reports whether the local variable or parameter lv is
// assigned anywhere.
func (v *values) reassigned(lv *types.Var) bool {
	v.readAround(lv.Pos())
	return len(v.assigns[lv]) > 0 || v.opaque[lv]
}
