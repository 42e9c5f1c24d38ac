package registry

import (
	_ "embed"
	"errors"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/internal/analysisdoc"
	"github.com/statuslint/statuslint/internal/directive"
	"github.com/statuslint/statuslint/internal/source"
)

//go:embed doc.go
var doc string

// Analyzer collects the package's directives; see the package doc.
var Analyzer = &analysis.Analyzer{
	Name:       "registry",
	Doc:        analysisdoc.MustExtractDoc(doc, "registry"),
	URL:        "https://github.com/statuslint/statuslint#registering-a-custom-code",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{new(registrations)},
}

// Directive is a //statuslint:code directive of the package that registers
// a code.
type Directive struct {
	directive.Registration
	Pos, End token.Pos // the comment
	// Args is the text of the arguments, after "//statuslint:code ", and
	// ArgsPos where it starts.
	Args    string
	ArgsPos token.Pos
	// CodeLeftOut reports whether the directive leaves CODE to the constant
	// it documents.
	CodeLeftOut bool
}

// AddOption returns the edit that adds option, such as fallback=400, to
// the directive, before its trailing comment if any.
func (d Directive) AddOption(option string) analysis.TextEdit {
	at, text := directive.AddOption(d.Args, option)
	pos := d.ArgsPos + token.Pos(at)
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}

// Rewrite returns the edit that makes the directive's arguments args,
// keeping its trailing comment if any.
func (d Directive) Rewrite(args string) analysis.TextEdit {
	end, text := directive.ReplaceArgs(d.Args, args)
	return analysis.TextEdit{Pos: d.ArgsPos, End: d.ArgsPos + token.Pos(end), NewText: []byte(text)}
}

// Problem is a malformed or contradictory directive.
type Problem struct {
	Pos, End token.Pos
	Message  string
}

// Result is what the package sees of the registry, and its directives.
type Result struct {
	codes   map[int]directive.Registration
	markers map[marker]bool
	// Directives lists, in source order, the package's own directives that
	// register a code: the first of each code, not the duplicates.
	Directives []Directive
	Problems   []Problem
}

type marker struct {
	file string
	line int
	name string
}

// Lookup returns the registration of code that holds in the package.
func (r *Result) Lookup(code int) (directive.Registration, bool) {
	reg, ok := r.codes[code]
	return reg, ok
}

// Directive returns the package's own directive that registers code, if
// there is one.
func (r *Result) Directive(code int) (Directive, bool) {
	for _, d := range r.Directives {
		if d.Code == code {
			return d, true
		}
	}
	return Directive{}, false
}

// Marked reports whether a //statuslint:NAME marker (internal or public)
// stands on the line of pos or on the line above it.
func (r *Result) Marked(fset *token.FileSet, name string, pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	p := fset.Position(pos)
	return r.markers[marker{p.Filename, p.Line, name}] || r.markers[marker{p.Filename, p.Line - 1, name}]
}

// registrations is the package fact: the registrations a package sees.
type registrations struct{ List []directive.Registration }

func (*registrations) AFact() {}

func (f *registrations) String() string {
	list := make([]string, len(f.List))
	for i, r := range f.List {
		list[i] = r.String()
	}
	return "registrations(" + strings.Join(list, ", ") + ")"
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{codes: map[int]directive.Registration{}, markers: map[marker]bool{}}
	imported := importedRegistrations(pass)
	for _, file := range pass.Files {
		consts := constDocs(file)
		test := source.InTest(pass.Fset, file.Pos())
		for _, group := range file.Comments {
			for _, c := range group.List {
				problem := func(format string, a ...any) {
					res.Problems = append(res.Problems, Problem{c.Pos(), c.End(), fmt.Sprintf(format, a...)})
				}
				if name, ok := directive.Spaced(c); ok {
					problem("this comment is not a directive, so it %s: write //statuslint:%s, with no space after //", spacedEffect[name], name)
					continue
				}
				name, args, ok := directive.Split(c)
				if !ok {
					continue
				}
				switch name {
				case directive.Internal, directive.Public:
					if args != "" {
						problem("statuslint:%s takes no arguments", name)
						continue
					}
					p := pass.Fset.Position(c.Pos())
					res.markers[marker{p.Filename, p.Line, name}] = true
				case directive.Code:
					if test {
						problem("statuslint:code in a test file registers nothing: custom codes in test files need no registration")
						continue
					}
					reg, err := parse(pass.TypesInfo, args, consts[group])
					var verr valueError
					switch {
					case errors.As(err, &verr):
						problem("statuslint:code registers nothing: %v", verr.error)
						continue
					case err != nil:
						problem("malformed statuslint:code directive: %v; want %s", err, directive.CodeForm)
						continue
					}
					reg.Where = pass.Pkg.Path()
					prev, dup := res.codes[reg.Code]
					if !dup {
						prev, dup = imported[reg.Code]
					}
					if dup {
						if !prev.Same(reg) {
							problem("statuslint:code %d conflicts with its registration in %s as %s; register a code once", reg.Code, prev.Where, prev.Value())
						}
						continue
					}
					res.codes[reg.Code] = reg
					off := len(directive.Prefix) + len(name)
					off += strings.Index(c.Text[off:], args)
					d := Directive{Registration: reg, Pos: c.Pos(), End: c.End(), Args: args, ArgsPos: c.Pos() + token.Pos(off),
						CodeLeftOut: consts[group] != nil && !startsWithCode(args)}
					res.Directives = append(res.Directives, d)
				default:
					problem("unknown directive statuslint:%s; known: statuslint:code, statuslint:internal, statuslint:public", name)
				}
			}
		}
	}
	for code, reg := range imported {
		if _, ok := res.codes[code]; !ok {
			res.codes[code] = reg
		}
	}
	// The fact holds every registration the package sees, its own and its
	// dependencies': a driver that runs one package at a time (go vet)
	// hands a package only the facts of the packages its export data
	// mentions, which need not include a dependency of a dependency.
	if len(res.codes) > 0 {
		all := slices.Collect(maps.Values(res.codes))
		slices.SortFunc(all, func(a, b directive.Registration) int { return a.Code - b.Code })
		pass.ExportPackageFact(&registrations{all})
	}
	return res, nil
}

// importedRegistrations merges the registrations of every package the
// package depends on; where two disagree, the first package path wins.
func importedRegistrations(pass *analysis.Pass) map[int]directive.Registration {
	facts := pass.AllPackageFacts()
	slices.SortFunc(facts, func(a, b analysis.PackageFact) int { return strings.Compare(a.Package.Path(), b.Package.Path()) })
	codes := map[int]directive.Registration{}
	for _, f := range facts {
		if regs, ok := f.Fact.(*registrations); ok {
			for _, r := range regs.List {
				if _, dup := codes[r.Code]; !dup {
					codes[r.Code] = r
				}
			}
		}
	}
	return codes
}

// spacedEffect says what a directive written with a space after // fails
// to do, by directive name.
var spacedEffect = map[string]string{
	directive.Code:     "registers nothing",
	directive.Internal: "marks nothing internal",
	directive.Public:   "marks nothing public",
}

// valueError is the error of a well-formed directive whose values cannot
// be registered: its syntax is right, so the message gives no syntax.
type valueError struct{ error }

// parse parses a registration. constant is the constant whose doc comment
// holds it, or nil. A directive that is well-formed but cannot register
// its values gets a valueError.
func parse(info *types.Info, args string, constant *ast.Ident) (directive.Registration, error) {
	r, err := directive.ParseArgs(args)
	if err != nil {
		return directive.Registration{}, err
	}
	if constant != nil {
		v, ok := constValue(info, constant)
		switch {
		case !ok:
			return r, valueError{fmt.Errorf("constant %s is not an integer", constant.Name)}
		case r.Code != 0 && r.Code != v:
			return r, valueError{fmt.Errorf("CODE %d differs from the value of %s, %d; leave CODE out", r.Code, constant.Name, v)}
		}
		r.Code = v
	}
	if r.Code == 0 {
		return r, fmt.Errorf("missing CODE (it may be left out only in the doc comment of a constant)")
	}
	if err := directive.Check(r.Code, r.Description, r.Fallback); err != nil {
		return r, valueError{err}
	}
	return r, nil
}

// startsWithCode reports whether the arguments of a code directive start
// with CODE rather than with the quoted description.
func startsWithCode(args string) bool {
	return args != "" && args[0] != '"' && args[0] != '`'
}

func constValue(info *types.Info, id *ast.Ident) (int, bool) {
	c, ok := info.Defs[id].(*types.Const)
	if !ok || c.Val().Kind() != constant.Int {
		return 0, false
	}
	v, exact := constant.Int64Val(c.Val())
	return int(v), exact
}

// constDocs maps the doc comments of single constants to their names.
func constDocs(file *ast.File) map[*ast.CommentGroup]*ast.Ident {
	docs := map[*ast.CommentGroup]*ast.Ident{}
	for _, decl := range file.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.CONST {
			continue
		}
		for _, spec := range gen.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Names) != 1 {
				continue
			}
			if vs.Doc != nil {
				docs[vs.Doc] = vs.Names[0]
			}
			if gen.Doc != nil && len(gen.Specs) == 1 {
				docs[gen.Doc] = vs.Names[0]
			}
		}
	}
	return docs
}
