package docs

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/internal/analysisdoc"
	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/source"
)

//go:embed doc.go
var doc string

// Analyzer reads the responses that handlers document; see the package
// doc.
var Analyzer = &analysis.Analyzer{
	Name:       "docs",
	Doc:        analysisdoc.MustExtractDoc(doc, "docs"),
	URL:        "https://github.com/statuslint/statuslint#undocumented",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
}

// Source names a kind of documentation in messages.
type Source string

// The documentation sources.
const (
	Swag      Source = "swag"
	GoSwagger Source = "go-swagger"
	Huma      Source = "huma"
)

// Undocumented completes a message about a code that the source does not
// list: "… which its @Failure/@Success list does not document".
func (s Source) Undocumented() string {
	switch s {
	case Swag:
		return "its @Failure/@Success list does not document"
	case GoSwagger:
		return "its swagger:operation responses do not document"
	}
	return "its huma.Operation does not document"
}

// Doc is what a handler documents.
type Doc struct {
	Handler funcs.Func
	Source  Source
	// Pos and End delimit where a finding about the handler is reported:
	// the declaration's name, or the huma registration call of a function
	// literal.
	Pos, End token.Pos
	// Codes are the documented codes, sorted.
	Codes []int
	// Default reports a default response, which documents every code.
	Default bool
	// Method is the one HTTP method the documentation names for the
	// handler (swag @Router, the go-swagger operation line, huma's
	// Operation.Method), upper case, or "".
	Method string
	// Failures are the swag @Failure lines, in order.
	Failures []Line
}

// Line is a swag response line.
type Line struct {
	Comment *ast.Comment
	// Prefix is the comment's text up to the attribute ("// "), and
	// Attribute the attribute as written ("@Failure").
	Prefix, Attribute string
	// Type is the response type as written ("{object} api.Error"), or ""
	// when the line shows none.
	Type string
}

// Documents reports whether d documents code: d lists it or a default
// response, or d lists no 4xx/5xx response at all and code is one (teams
// that document only success responses). A 405 is not taken for
// undocumented when the documentation names the one method the route
// serves: the handler never receives another, and the 405 it can send is a
// check of the method that never fails there (websocket's Upgrade).
func (d *Doc) Documents(code int) bool {
	if d.Default || slices.Contains(d.Codes, code) || code == 405 && d.Method != "" {
		return true
	}
	return code >= 400 && !slices.ContainsFunc(d.Codes, func(c int) bool { return c >= 400 })
}

// Result holds the documented handlers of the package, in source order.
type Result struct {
	Docs []*Doc
	by   map[funcs.Func]*Doc
}

// Of returns the documentation of a handler of the package, or nil.
func (r *Result) Of(f funcs.Func) *Doc { return r.by[f] }

func (r *Result) add(d *Doc) {
	if _, ok := r.by[d.Handler]; ok || d == nil {
		return
	}
	slices.Sort(d.Codes)
	d.Codes = slices.Compact(d.Codes)
	r.by[d.Handler] = d
	r.Docs = append(r.Docs, d)
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{by: map[funcs.Func]*Doc{}}
	for _, f := range pass.Files {
		if source.InTest(pass.Fset, f.Pos()) {
			continue
		}
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Doc == nil {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			d := commentDoc(fd.Doc)
			if d == nil {
				continue
			}
			d.Handler = funcs.Func{Obj: fn}
			d.Pos, d.End = fd.Name.Pos(), fd.Name.End()
			res.add(d)
		}
	}
	humaDocs(pass, res)
	return res, nil
}

// commentDoc reads swag or go-swagger documentation from a doc comment.
func commentDoc(cg *ast.CommentGroup) *Doc {
	if d := swagDoc(cg); d != nil {
		return d
	}
	return goSwaggerDoc(cg)
}

// swagDoc reads swaggo/swag response lines: "@Success 200 {object} T
// "ok"", "@Failure 400,404 {object} E "…"", "@Response default …".
// Attributes are case-insensitive, as swag reads them.
func swagDoc(cg *ast.CommentGroup) *Doc {
	var d *Doc
	router := "" // the method of the @Router lines
	for _, c := range cg.List {
		text, ok := strings.CutPrefix(c.Text, "//")
		if !ok {
			continue
		}
		trimmed := strings.TrimLeft(text, " \t")
		fields := strings.Fields(trimmed)
		if len(fields) < 2 {
			continue
		}
		attr := strings.ToLower(fields[0])
		if attr == "@router" {
			// "@Router /path [get]": the method in brackets.
			if m, ok := strings.CutPrefix(fields[len(fields)-1], "["); ok && strings.HasSuffix(m, "]") {
				method := strings.ToUpper(strings.TrimSuffix(m, "]"))
				if router != "" && router != method {
					method = "?"
				}
				router = method
			}
			continue
		}
		if attr != "@success" && attr != "@failure" && attr != "@response" {
			continue
		}
		codes, dflt, ok := parseCodes(strings.Split(fields[1], ","))
		if !ok {
			continue
		}
		if d == nil {
			d = &Doc{Source: Swag}
		}
		d.Codes = append(d.Codes, codes...)
		d.Default = d.Default || dflt
		if attr == "@failure" {
			rest := strings.TrimSpace(trimmed[len(fields[0]):])
			rest = strings.TrimSpace(rest[len(fields[1]):])
			typ, _, _ := strings.Cut(rest, `"`)
			typ = strings.Join(strings.Fields(typ), " ")
			if !strings.HasPrefix(typ, "{") {
				typ = "" // no {object}/{array}/… type: nothing to copy
			}
			d.Failures = append(d.Failures, Line{
				Comment:   c,
				Prefix:    "//" + text[:len(text)-len(trimmed)],
				Attribute: fields[0],
				Type:      typ,
			})
		}
	}
	if d != nil && router != "?" {
		d.Method = router
	}
	return d
}

// parseCodes parses response keys: three-digit codes or "default". It
// reports false if any key is neither.
func parseCodes(keys []string) (codes []int, dflt, ok bool) {
	for _, k := range keys {
		k = strings.Trim(strings.TrimSpace(k), `"'`)
		if strings.EqualFold(k, "default") {
			dflt = true
			continue
		}
		code, err := strconv.Atoi(k)
		if err != nil || code < 100 || code > 999 {
			return nil, false, false
		}
		codes = append(codes, code)
	}
	return codes, dflt, len(keys) > 0
}

// goSwaggerDoc reads the responses of a go-swagger operation comment:
// "swagger:operation GET /path tag id" followed, after "---", by a YAML
// block whose responses: keys are codes or default; or a "swagger:route"
// comment with a Responses: block of the same keys.
func goSwaggerDoc(cg *ast.CommentGroup) *Doc {
	var lines []string
	for _, c := range cg.List {
		text, ok := strings.CutPrefix(c.Text, "//")
		if !ok {
			// A /* */ comment: its lines, without the delimiters.
			text = strings.TrimSuffix(strings.TrimPrefix(c.Text, "/*"), "*/")
			lines = append(lines, strings.Split(text, "\n")...)
			continue
		}
		lines = append(lines, strings.TrimPrefix(text, " "))
	}
	start := slices.IndexFunc(lines, func(l string) bool {
		f := strings.Fields(l)
		return len(f) > 0 && (f[0] == "swagger:operation" || f[0] == "swagger:route")
	})
	if start < 0 {
		return nil
	}
	method := ""
	if f := strings.Fields(lines[start]); len(f) > 1 {
		method = strings.ToUpper(f[1])
	}
	lines = lines[start+1:]
	i := slices.IndexFunc(lines, func(l string) bool {
		return strings.EqualFold(strings.TrimSpace(l), "responses:")
	})
	if i < 0 {
		return nil
	}
	d := &Doc{Source: GoSwagger, Method: method}
	indent := -1 // the indentation of the keys
	base := indentOf(lines[i])
	for _, l := range lines[i+1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		in := indentOf(l)
		if in <= base {
			break // the block ended
		}
		if indent < 0 {
			indent = in
		}
		if in != indent {
			continue // a response's own fields
		}
		key, _, ok := strings.Cut(strings.TrimSpace(l), ":")
		if !ok {
			return nil // not a mapping: nothing read rather than a guess
		}
		codes, dflt, ok := parseCodes([]string{key})
		if !ok {
			return nil
		}
		d.Codes = append(d.Codes, codes...)
		d.Default = d.Default || dflt
	}
	if len(d.Codes) == 0 && !d.Default {
		return nil
	}
	return d
}

// indentOf returns the width of the leading white space of l, a tab
// counting as one.
func indentOf(l string) int { return len(l) - len(strings.TrimLeft(l, " \t")) }
