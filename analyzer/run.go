package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/statuslint/statuslint/internal/directive"
	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/source"
	"github.com/statuslint/statuslint/internal/status"
	"github.com/statuslint/statuslint/passes/docs"
	"github.com/statuslint/statuslint/passes/lifecycle"
	"github.com/statuslint/statuslint/passes/registry"
	"github.com/statuslint/statuslint/passes/routes"
	"github.com/statuslint/statuslint/passes/sends"
	"github.com/statuslint/statuslint/passes/sites"
)

// settings is a Config made ready for lookups, once per analyzer.
type settings struct {
	codes         map[int]directive.Registration
	internalPaths []string
	unroutedPub   bool
	disabled      map[string]bool
}

func (c *Config) settings() *settings {
	s := &settings{
		codes:         map[int]directive.Registration{},
		internalPaths: c.internalPaths(),
		unroutedPub:   c.UnroutedPublic,
		disabled:      map[string]bool{},
	}
	for _, code := range c.Codes {
		code.Where = directive.Configuration
		s.codes[code.Code] = code
	}
	for _, name := range c.Disable {
		s.disabled[name] = true
	}
	return s
}

func (s *settings) internal(path string) bool { return IsInternalPath(s.internalPaths, path) }

// IsInternalPath reports whether path is internal by the configured path
// fragments: whether path, with a trailing slash, contains one of them.
func IsInternalPath(fragments []string, path string) bool {
	for _, p := range fragments {
		if strings.Contains(path+"/", p) {
			return true
		}
	}
	return false
}

// checker holds one package's run.
type checker struct {
	pass      *analysis.Pass
	settings  *settings
	reg       *registry.Result
	generated map[*token.File]bool
	reported  map[reportKey]bool
}

type reportKey struct {
	pos      token.Pos
	code     int64
	category string
}

func run(pass *analysis.Pass, s *settings) (any, error) {
	c := &checker{
		pass:      pass,
		settings:  s,
		reg:       pass.ResultOf[registry.Analyzer].(*registry.Result),
		generated: map[*token.File]bool{},
		reported:  map[reportKey]bool{},
	}
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			c.generated[pass.Fset.File(f.Pos())] = true
		}
	}
	for _, p := range c.reg.Problems {
		c.report(analysis.Diagnostic{Pos: p.Pos, End: p.End, Category: CategoryDirective, Message: p.Message}, 0)
	}
	c.checkConfigConflicts()
	sr := pass.ResultOf[sites.Analyzer].(*sites.Result)
	for _, site := range sr.Sites {
		for _, code := range site.Codes {
			c.checkCode(site, code)
		}
	}
	c.checkFallbacks(sr, pass.ResultOf[routes.Analyzer].(*routes.Result))
	c.checkLifecycle(sr, pass.ResultOf[lifecycle.Analyzer].(*lifecycle.Result))
	c.checkUndocumented(pass.ResultOf[docs.Analyzer].(*docs.Result), pass.ResultOf[sends.Analyzer].(*sends.Result))
	return nil, nil
}

// lookup returns the registration of code that holds in the package. The
// configuration wins over directives: a directive of the package that
// disagrees with it is reported by checkConfigConflicts.
func (c *checker) lookup(code int) (directive.Registration, bool) {
	if reg, ok := c.settings.codes[code]; ok {
		return reg, true
	}
	return c.reg.Lookup(code)
}

// checkConfigConflicts reports the package's directives that register a
// code the configuration registers otherwise. The configuration wins, so
// such a directive says something that does not hold; the fix makes it
// agree with the configuration, which changes nothing that is checked.
func (c *checker) checkConfigConflicts() {
	for _, d := range c.reg.Directives {
		cfg, ok := c.settings.codes[d.Code]
		if !ok || cfg.Same(d.Registration) {
			continue
		}
		text := cfg.String()
		if d.CodeLeftOut {
			text = cfg.Value()
		}
		c.report(analysis.Diagnostic{
			Pos:      d.Pos,
			End:      d.End,
			Category: CategoryDirective,
			Message: fmt.Sprintf("statuslint:code %d conflicts with its registration in configuration as %s, which wins; make them agree or remove one",
				d.Code, cfg.Value()),
			SuggestedFixes: []analysis.SuggestedFix{{
				Message:   "Register " + strconv.Itoa(d.Code) + " as the configuration does",
				TextEdits: []analysis.TextEdit{d.Rewrite(text)},
			}},
		}, int64(d.Code))
	}
}

// checkCode checks one constant that a site can send: range and
// description.
func (c *checker) checkCode(site *sites.Site, code sites.Code) {
	v := code.Value
	switch {
	case knowledge.IsSentinel(site.Runtime, v):
		return // the runtime documents it: not a bug
	case !status.InRange(int(v)) || v != int64(int(v)):
		if c.expectsPanic(code.Expr.Pos()) {
			return // a test that writes it to see the panic
		}
		c.report(analysis.Diagnostic{
			Pos:      code.Expr.Pos(),
			End:      code.Expr.End(),
			Category: CategoryRange,
			Message: fmt.Sprintf("status code %d%s %s is outside 100–599: %s",
				v, c.via(site, code), target(site), knowledge.BehaviorOf(site.Runtime).For(v)),
		}, v)
	case status.IsCustom(int(v)):
		if _, ok := c.lookup(int(v)); ok || source.InTest(c.pass.Fset, code.Expr.Pos()) {
			return
		}
		if _, call := site.Node.(*ast.CallExpr); call && knowledge.IsRedirect(site.Runtime) &&
			!knowledge.RedirectAccepts(site.Runtime, v) && !knowledge.RedirectSendsRefused(site.Runtime) {
			return // never sent: the redirect diagnostic says what happens instead
		}
		c.report(analysis.Diagnostic{
			Pos:            code.Expr.Pos(),
			End:            code.Expr.End(),
			Category:       CategoryDescription,
			Message:        fmt.Sprintf("custom status code %d%s %s has no registered description", v, c.via(site, code), target(site)),
			SuggestedFixes: c.registerFix(code),
		}, v)
	}
}

// expectsPanic reports whether pos is in a test file's function that
// asserts a panic (testify's Panics, or a call of recover): such a test
// writes an invalid code on purpose, for the panic it expects.
func (c *checker) expectsPanic(pos token.Pos) bool {
	if !source.InTest(c.pass.Fset, pos) {
		return false
	}
	file := source.FileOf(c.pass.Files, pos)
	if file == nil {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(file, pos, pos)
	for _, n := range path {
		decl, ok := n.(*ast.FuncDecl)
		if !ok || decl.Body == nil {
			continue
		}
		found := false
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && !found {
				switch fn := typeutil.Callee(c.pass.TypesInfo, call).(type) {
				case *types.Func:
					found = knowledge.ExpectsPanic(fn.FullName())
				case *types.Builtin:
					found = fn.Name() == "recover"
				}
			}
			return !found
		})
		return found
	}
	return false
}

// via says which mapper returns the code: a mapper of another package, or
// the function of this package whose return statement holds the code that
// site sends.
func (c *checker) via(site *sites.Site, code sites.Code) string {
	if code.Via != "" {
		return " returned by " + code.Via + " and"
	}
	if site.Node.Pos() <= code.Expr.Pos() && code.Expr.End() <= site.Node.End() {
		return "" // the code stands at the site
	}
	file := source.FileOf(c.pass.Files, code.Expr.Pos())
	if file == nil {
		return ""
	}
	path, _ := astutil.PathEnclosingInterval(file, code.Expr.Pos(), code.Expr.End())
	inReturn := false
	for _, n := range path {
		switch n := n.(type) {
		case *ast.ReturnStmt:
			inReturn = true
		case *ast.FuncLit:
			if inReturn {
				return " returned by a function literal and"
			}
			return ""
		case *ast.FuncDecl:
			if fn, ok := c.pass.TypesInfo.Defs[n.Name].(*types.Func); ok && inReturn {
				return " returned by " + funcs.Name(fn, c.pass.Pkg) + " and"
			}
			return ""
		}
	}
	return ""
}

// target says where a site's code goes: "passed to http.Error", "stored in
// echo.HTTPError.Code".
func target(site *sites.Site) string {
	if _, ok := site.Node.(*ast.CallExpr); ok {
		return "passed to " + site.Callee
	}
	return "stored in " + site.Callee
}

// checkFallbacks reports the custom codes that public routes can send
// while their registration names no fallback.
func (c *checker) checkFallbacks(sr *sites.Result, rr *routes.Result) {
	reached := map[ast.Expr]bool{}
	for _, r := range rr.Routes {
		// The first public path of the route, in a fixed order; none when
		// every root above it is internal, or outside this package.
		path := r.Public(c.settings.internal)
		for _, h := range r.Handlers {
			for _, sent := range rr.Sends(h) {
				reached[sent.Expr] = true
				if path != "" {
					c.checkFallback(sent, r, fmt.Sprintf("public route %q", path))
				}
			}
		}
		for _, sent := range r.Sent {
			if path != "" {
				c.checkFallback(sent, r, fmt.Sprintf("public route %q", path))
			}
		}
	}
	for _, h := range rr.Public {
		for _, sent := range rr.Sends(h) {
			reached[sent.Expr] = true
			c.checkFallback(sent, nil, "a handler marked //statuslint:public")
		}
	}
	if !c.settings.unroutedPub {
		return
	}
	// The packages that register an exported handler decide its exposure:
	// its codes are not unrouted here.
	for _, f := range rr.Exported {
		for _, sent := range rr.Sends(f) {
			reached[sent.Expr] = true
		}
	}
	for _, site := range sr.Sites {
		for _, code := range site.Codes {
			if !reached[code.Expr] && status.IsCustom(int(code.Value)) {
				c.checkFallback(routes.Sent{Code: code.Value, Expr: code.Expr}, nil, "code that no visible route reaches, public by the unrouted-public option")
			}
		}
	}
}

// checkFallback reports sent, which where (a public route r, or nil) can
// send, if its registration names no fallback. A code that is not
// registered at all gets a description diagnostic instead. Codes sent and
// routes registered in test files need no fallback: a test server is no
// public route.
func (c *checker) checkFallback(sent routes.Sent, r *routes.Route, where string) {
	reg, ok := c.lookup(int(sent.Code))
	if !ok || reg.Fallback != 0 ||
		sent.Expr != nil && source.InTest(c.pass.Fset, sent.Expr.Pos()) || r != nil && source.InTest(c.pass.Fset, r.Call.Pos()) {
		return
	}
	d := analysis.Diagnostic{Category: CategoryFallback, SuggestedFixes: c.fallbackFix(reg)}
	if sent.Expr != nil {
		d.Pos, d.End = sent.Expr.Pos(), sent.Expr.End()
		d.Message = fmt.Sprintf("custom status code %d is sent on %s, but its registration names no standard fallback", sent.Code, where)
		// The route's path is in the message; in another file, Related
		// points at it too (in the same file, the path is enough).
		if r != nil && c.pass.Fset.File(r.Call.Pos()) != c.pass.Fset.File(d.Pos) {
			d.Related = []analysis.RelatedInformation{{Pos: r.Call.Pos(), End: r.Call.End(), Message: "route registered here"}}
		}
	} else {
		if r == nil {
			return
		}
		d.Pos, d.End = r.Call.Pos(), r.Call.End()
		via := funcs.Name(sent.Via, c.pass.Pkg)
		d.Message = fmt.Sprintf("%s sends custom status code %d through %s, but its registration names no standard fallback",
			where, sent.Code, via)
		d.Related = []analysis.RelatedInformation{c.sentHere(sent, via)}
	}
	c.report(d, sent.Code)
}

// sentHere returns the related information that says where a function of
// another package sends a code: at the code, in the file the user can
// open. Facts name the file by its package (sends.Where: the path of the
// package and the file's base name), and a driver that reads another
// package from export data (go vet) knows no column there, so the position
// is made here: the file's path from the module's directory, which is the
// directory of this package's files less the package's path in the module,
// and a token.File of its own that holds the line and column. A file the
// module does not hold (a dependency's, in the module cache) keeps the
// function's position, with the package path in the message.
func (c *checker) sentHere(sent routes.Sent, via string) analysis.RelatedInformation {
	w := sent.Where
	if file, ok := c.moduleFile(w.File); ok && w.Line > 0 && w.Col > 0 {
		// Lines of one byte up to w.Line, then w.Col bytes: offset
		// w.Line-1+w.Col-1 is at w.Line:w.Col.
		tf := c.pass.Fset.AddFile(file, -1, w.Line-1+w.Col)
		lines := make([]int, w.Line)
		for i := range lines {
			lines[i] = i
		}
		tf.SetLines(lines)
		return analysis.RelatedInformation{Pos: tf.Pos(w.Line - 1 + w.Col - 1), Message: fmt.Sprintf("%s sends %d here", via, sent.Code)}
	}
	return analysis.RelatedInformation{Pos: sent.Via.Pos(), Message: fmt.Sprintf("%s sends %d at %s", via, sent.Code, w)}
}

// moduleFile returns the path of the file that a fact names by its
// package path and base name (sends.Where.File), when it is in the module
// of the package being analyzed (or, without modules, under the same
// GOPATH directory).
func (c *checker) moduleFile(where string) (string, bool) {
	if len(c.pass.Files) == 0 {
		return "", false
	}
	mod := ""
	if c.pass.Module != nil {
		mod = c.pass.Module.Path
	}
	inModule := func(p string) (string, bool) {
		switch {
		case mod == "":
			return p, true
		case p == mod:
			return "", true
		case strings.HasPrefix(p, mod+"/"):
			return p[len(mod)+1:], true
		}
		return "", false
	}
	pkgRel, ok := inModule(c.pass.Pkg.Path())
	fileRel, ok2 := inModule(where)
	if !ok || !ok2 {
		return "", false
	}
	root := filepath.Dir(c.pass.Fset.File(c.pass.Files[0].Pos()).Name())
	if !filepath.IsAbs(root) {
		return "", false
	}
	for pkgRel != "" {
		elem := path.Base(pkgRel)
		if filepath.Base(root) != elem {
			return "", false // a directory that does not mirror the package path
		}
		root, pkgRel = filepath.Dir(root), strings.TrimSuffix(strings.TrimSuffix(pkgRel, elem), "/")
	}
	return filepath.Join(root, filepath.FromSlash(fileRel)), true
}

func (c *checker) report(d analysis.Diagnostic, code int64) {
	if c.settings.disabled[d.Category] || c.generated[c.pass.Fset.File(d.Pos)] {
		return
	}
	// No fix writes into a test file or a generated one.
	d.SuggestedFixes = slices.DeleteFunc(d.SuggestedFixes, func(f analysis.SuggestedFix) bool {
		return slices.ContainsFunc(f.TextEdits, func(e analysis.TextEdit) bool {
			return source.InTest(c.pass.Fset, e.Pos) || c.generated[c.pass.Fset.File(e.Pos)]
		})
	})
	key := reportKey{d.Pos, code, d.Category}
	if c.reported[key] {
		return
	}
	c.reported[key] = true
	d.URL = RepoURL + "#" + d.Category
	c.pass.Report(d)
}

// registerFix inserts a registration of a well-known unofficial code: in
// the doc comment of the constant that holds it, or above the declaration
// that uses it. It registers the description only, never a fallback: which
// standard code clients should take the code for is the team's decision,
// which the fallback diagnostic asks for where a public route sends it.
func (c *checker) registerFix(code sites.Code) []analysis.SuggestedFix {
	v := int(code.Value)
	desc := status.Unofficial(v)
	if desc == "" {
		return nil // no description to offer that the user would not have to rewrite
	}
	args := strconv.Quote(desc)
	file := source.FileOf(c.pass.Files, code.Expr.Pos())
	if file == nil {
		return nil
	}
	var at token.Pos
	var text string
	if spec := c.constSpec(code.Expr); spec != nil {
		at, text = spec.Names[0].Pos(), "//statuslint:code "+args
	} else {
		for _, decl := range file.Decls {
			if decl.Pos() <= code.Expr.Pos() && code.Expr.End() <= decl.End() {
				at, text = decl.Pos(), fmt.Sprintf("//statuslint:code %d %s", v, args)
			}
		}
	}
	if !at.IsValid() {
		return nil
	}
	tf := c.pass.Fset.File(at)
	lineStart := tf.LineStart(tf.Line(at))
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Register %d as %q", v, desc),
		TextEdits: []analysis.TextEdit{{Pos: lineStart, End: lineStart, NewText: []byte(c.indent(lineStart, at) + text + "\n")}},
	}}
}

// indent returns the white space that starts the line from lineStart to
// at: the indentation of the declaration that starts at at.
func (c *checker) indent(lineStart, at token.Pos) string {
	tf := c.pass.Fset.File(at)
	if c.pass.ReadFile != nil { // nil in a driver that cannot read files
		if src, err := c.pass.ReadFile(tf.Name()); err == nil {
			start, end := tf.Offset(lineStart), tf.Offset(at)
			if 0 <= start && start <= end && end <= len(src) {
				line := src[start:end]
				return string(line[:len(line)-len(bytes.TrimLeft(line, " \t"))])
			}
		}
	}
	// Without the source, as gofmt indents: a declaration at the start of
	// its line is at the top level, one after it is in a parenthesized
	// group.
	if at == lineStart {
		return ""
	}
	return "\t"
}

// constSpec returns the declaration of the package-level constant of this
// package that e names, if any.
func (c *checker) constSpec(e ast.Expr) *ast.ValueSpec {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	obj, ok := c.pass.TypesInfo.Uses[id].(*types.Const)
	if !ok || obj.Pkg() != c.pass.Pkg || obj.Parent() != c.pass.Pkg.Scope() {
		return nil
	}
	declFile := source.FileOf(c.pass.Files, obj.Pos())
	if declFile == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(declFile, obj.Pos(), obj.Pos())
	for _, n := range path {
		if spec, ok := n.(*ast.ValueSpec); ok && len(spec.Names) == 1 {
			return spec
		}
	}
	return nil
}

// fallbackFix adds fallback=<the x00 of the code's class> to reg, the
// registration that holds for a code, when it is a directive of this
// package: what a client that does not know the code takes it for anyway
// (RFC 9110 §15), so nothing changes at run time. It never changes the code
// a handler sends: that is a decision for a person. A registration in
// configuration or in another package gets no fix here.
func (c *checker) fallbackFix(reg directive.Registration) []analysis.SuggestedFix {
	d, ok := c.reg.Directive(reg.Code)
	if !ok || reg.Where == directive.Configuration || !d.Same(reg) {
		return nil
	}
	std := status.ClassDefault(reg.Code)
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Add fallback=%d (%s) to the registration of %d", std, status.Text(std), reg.Code),
		TextEdits: []analysis.TextEdit{d.AddOption(fmt.Sprintf("fallback=%d", std))},
	}}
}
