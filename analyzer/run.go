package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/status"
	"github.com/statuslint/statuslint/passes/lifecycle"
	"github.com/statuslint/statuslint/passes/registry"
	"github.com/statuslint/statuslint/passes/routes"
	"github.com/statuslint/statuslint/passes/sites"
)

// settings is a Config made ready for lookups, once per analyzer.
type settings struct {
	codes         map[int]registry.Registration
	internalPaths []string
	unroutedPub   bool
	disabled      map[string]bool
}

func (c *Config) settings() *settings {
	s := &settings{
		codes:         map[int]registry.Registration{},
		internalPaths: c.internalPaths(),
		unroutedPub:   c.UnroutedPublic,
		disabled:      map[string]bool{},
	}
	for _, code := range c.Codes {
		s.codes[code.Code] = registry.Registration{Code: code.Code, Description: code.Description, Fallback: code.Fallback, Where: "configuration"}
	}
	for _, name := range c.Disable {
		s.disabled[name] = true
	}
	return s
}

func (s *settings) internal(path string) bool {
	for _, p := range s.internalPaths {
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
	sr := pass.ResultOf[sites.Analyzer].(*sites.Result)
	for _, site := range sr.Sites {
		for _, code := range site.Codes {
			c.checkCode(site, code)
		}
	}
	c.checkFallbacks(sr, pass.ResultOf[routes.Analyzer].(*routes.Result))
	c.checkLifecycle(sr, pass.ResultOf[lifecycle.Analyzer].(*lifecycle.Result))
	return nil, nil
}

func (c *checker) lookup(code int) (registry.Registration, bool) {
	if reg, ok := c.reg.Lookup(code); ok {
		return reg, true
	}
	reg, ok := c.settings.codes[code]
	return reg, ok
}

// checkCode checks one constant that a site can send: range and
// description.
func (c *checker) checkCode(site *sites.Site, code sites.Code) {
	v := code.Value
	switch {
	case knowledge.IsSentinel(site.Runtime, v):
		return // the runtime documents it: not a bug
	case !status.InRange(int(v)) || v != int64(int(v)):
		c.report(analysis.Diagnostic{
			Pos:      code.Expr.Pos(),
			End:      code.Expr.End(),
			Category: CategoryRange,
			Message: fmt.Sprintf("status code %d%s %s is outside 100–599: %s",
				v, via(code), target(site), knowledge.BehaviorOf(site.Runtime).For(v)),
		}, v)
	case status.IsCustom(int(v)):
		if _, ok := c.lookup(int(v)); ok {
			return
		}
		c.report(analysis.Diagnostic{
			Pos:            code.Expr.Pos(),
			End:            code.Expr.End(),
			Category:       CategoryDescription,
			Message:        fmt.Sprintf("custom status code %d%s %s has no registered description", v, via(code), target(site)),
			SuggestedFixes: c.registerFix(code),
		}, v)
	}
}

// via says which mapper of another package returns the code.
func via(code sites.Code) string {
	if code.Via == "" {
		return ""
	}
	return " returned by " + code.Via + " and"
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
		public := r.Path != "" && !r.Internal && !c.settings.internal(r.Path)
		for _, h := range r.Handlers {
			for _, sent := range rr.Sends(h) {
				reached[sent.Expr] = true
				if public {
					c.checkFallback(sent, r, fmt.Sprintf("public route %q", r.Path))
				}
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
// registered at all gets a description diagnostic instead.
func (c *checker) checkFallback(sent routes.Sent, r *routes.Route, where string) {
	reg, ok := c.lookup(int(sent.Code))
	if !ok || reg.Fallback != 0 {
		return
	}
	d := analysis.Diagnostic{Category: CategoryFallback}
	if sent.Expr != nil {
		d.Pos, d.End = sent.Expr.Pos(), sent.Expr.End()
		d.Message = fmt.Sprintf("custom status code %d is sent on %s, but its registration names no standard fallback", sent.Code, where)
		if r != nil {
			d.Related = []analysis.RelatedInformation{{Pos: r.Call.Pos(), End: r.Call.End(), Message: "route registered here"}}
		}
		d.SuggestedFixes = c.fallbackFix(sent)
	} else {
		if r == nil {
			return
		}
		d.Pos, d.End = r.Call.Pos(), r.Call.End()
		d.Message = fmt.Sprintf("%s sends custom status code %d (at %s) through %s, but its registration names no standard fallback",
			where, sent.Code, sent.Where, sites.Name(sent.Via, c.pass.Pkg))
		d.Related = []analysis.RelatedInformation{{Pos: sent.Via.Pos(), Message: "code sent from here"}}
	}
	c.report(d, sent.Code)
}

func (c *checker) report(d analysis.Diagnostic, code int64) {
	if c.settings.disabled[d.Category] || c.generated[c.pass.Fset.File(d.Pos)] {
		return
	}
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
// that uses it.
func (c *checker) registerFix(code sites.Code) []analysis.SuggestedFix {
	v := int(code.Value)
	desc := status.Unofficial(v)
	if desc == "" {
		return nil // no description to offer that the user would not have to rewrite
	}
	args := fmt.Sprintf("%q fallback=%d", desc, status.ClassDefault(v))
	file := c.fileOf(code.Expr.Pos())
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
	pos := tf.Position(at)
	lineStart := tf.LineStart(pos.Line)
	indent := strings.Repeat("\t", int(at-lineStart))
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Register %d as %q", v, desc),
		TextEdits: []analysis.TextEdit{{Pos: lineStart, End: lineStart, NewText: []byte(indent + text + "\n")}},
	}}
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
	declFile := c.fileOf(obj.Pos())
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

func (c *checker) fileOf(pos token.Pos) *ast.File {
	i := slices.IndexFunc(c.pass.Files, func(f *ast.File) bool { return f.FileStart <= pos && pos <= f.FileEnd })
	if i < 0 {
		return nil
	}
	return c.pass.Files[i]
}

// classConst names net/http's constant for the x00 code of each class.
var classConst = map[int]string{
	100: "StatusContinue",
	200: "StatusOK",
	300: "StatusMultipleChoices",
	400: "StatusBadRequest",
	500: "StatusInternalServerError",
}

// fallbackFix replaces a literal custom code with the standard code of its
// class, which is what a client that does not know the code takes it for
// (RFC 9110 §15).
func (c *checker) fallbackFix(sent routes.Sent) []analysis.SuggestedFix {
	if _, ok := ast.Unparen(sent.Expr).(*ast.BasicLit); !ok {
		return nil
	}
	std := status.ClassDefault(int(sent.Code))
	text := fmt.Sprint(std)
	if file := c.fileOf(sent.Expr.Pos()); file != nil {
		for _, imp := range file.Imports {
			if imp.Path.Value == `"net/http"` {
				name := "http"
				if imp.Name != nil {
					name = imp.Name.Name
				}
				if name != "_" && name != "." {
					text = name + "." + classConst[std]
				}
			}
		}
	}
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Send %d %s instead", std, status.Text(std)),
		TextEdits: []analysis.TextEdit{{Pos: sent.Expr.Pos(), End: sent.Expr.End(), NewText: []byte(text)}},
	}}
}
