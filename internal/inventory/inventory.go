package inventory

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/types"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/internal/codepos"
	"github.com/statuslint/statuslint/internal/funcs"
	"github.com/statuslint/statuslint/internal/status"
	"github.com/statuslint/statuslint/passes/docs"
	"github.com/statuslint/statuslint/passes/lifecycle"
	"github.com/statuslint/statuslint/passes/registry"
	"github.com/statuslint/statuslint/passes/routes"
	"github.com/statuslint/statuslint/passes/sends"
)

// Inventory is the route inventory of a program.
type Inventory struct {
	Routes []Route `json:"routes"`
}

// Route is one way a route is served.
type Route struct {
	Method   string `json:"method"`
	Path     string `json:"path"`
	Handler  string `json:"handler"`
	Exposure string `json:"exposure"` // public, internal or unknown
	Codes    []Code `json:"codes"`
	// Documented lists the codes the handler's documentation lists, when
	// it has documentation; -1 stands for a default response.
	Documented []int `json:"documented,omitempty"`
}

// Code is a code that a route can send, where it is sent, and for a
// custom code its registration.
type Code struct {
	Code        int    `json:"code"`
	Posn        string `json:"posn"`
	Description string `json:"description,omitempty"`
	Fallback    int    `json:"fallback,omitempty"`
}

// The exposures.
const (
	Public   = "public"
	Internal = "internal"
	Unknown  = "unknown"
)

// Load loads the packages that patterns name in dir, without tests.
func Load(dir string, patterns []string) ([]*packages.Package, error) {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	var errs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	if len(errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return pkgs, nil
}

// Build analyzes pkgs and returns their routes. internal tells the paths
// that configuration makes internal.
func Build(pkgs []*packages.Package, internal func(path string) bool) (*Inventory, error) {
	graph, err := checker.Analyze([]*analysis.Analyzer{routes.Analyzer, docs.Analyzer, registry.Analyzer, lifecycle.Analyzer}, pkgs, nil)
	if err != nil {
		return nil, err
	}
	modules := map[string]bool{}
	for _, p := range pkgs {
		if p.Module != nil {
			modules[p.Module.Path] = true
		}
	}
	documented := map[string]*docs.Doc{} // by handler name
	implicit := map[string]string{}      // handler name → where it writes a body with no status set
	regs := map[string]*registry.Result{}
	type rootRoutes struct {
		pkg *packages.Package
		res *routes.Result
	}
	var found []rootRoutes
	for act := range graph.All() {
		if act.Err != nil {
			return nil, act.Err
		}
		if !act.IsRoot {
			continue // a dependency, analyzed for its facts
		}
		pkgPath := act.Package.PkgPath
		switch act.Analyzer {
		case docs.Analyzer:
			for _, d := range act.Result.(*docs.Result).Docs {
				documented[routes.HandlerName(act.Package.Fset, act.Package.Types, d.Handler)] = d
			}
		case registry.Analyzer:
			regs[pkgPath] = act.Result.(*registry.Result)
		case routes.Analyzer:
			found = append(found, rootRoutes{act.Package, act.Result.(*routes.Result)})
		case lifecycle.Analyzer:
			for _, im := range act.Result.(*lifecycle.Result).Implicit {
				f := funcs.Func{}
				switch n := im.Func.(type) {
				case *ast.FuncDecl:
					f.Obj, _ = act.Package.TypesInfo.Defs[n.Name].(*types.Func)
				case *ast.FuncLit:
					f.Lit = n
				}
				if f.Obj != nil || f.Lit != nil {
					implicit[routes.HandlerName(act.Package.Fset, act.Package.Types, f)] = relPosn(act.Package, sends.Sent{Code: http.StatusOK, Expr: im.Call}, modules)
				}
			}
		}
	}
	inv := &Inventory{Routes: []Route{}}
	served := map[string]bool{} // handlers served under a known path
	for _, rr := range found {
		pkg := rr.pkg
		reg := regs[pkg.PkgPath]
		for _, r := range rr.res.Routes {
			if r.Use {
				continue // middleware and fallbacks: their codes count on the routes they run for
			}
			var codes []Code
			add := func(code int64, posn string) {
				i := slices.IndexFunc(codes, func(c Code) bool { return c.Code == int(code) })
				switch {
				case i < 0:
					c := Code{Code: int(code), Posn: posn}
					if reg != nil && status.IsCustom(int(code)) {
						if d, ok := reg.Lookup(int(code)); ok {
							c.Description, c.Fallback = d.Description, d.Fallback
						}
					}
					codes = append(codes, c)
				case posn < codes[i].Posn:
					codes[i].Posn = posn
				}
			}
			for _, h := range r.Handlers {
				for _, s := range rr.res.Sends(h) {
					add(s.Code, relPosn(pkg, s, modules))
				}
			}
			for _, s := range r.Sent {
				add(s.Code, relPosn(pkg, s, modules))
			}
			for _, c := range r.Middleware {
				add(c.Code, relPosn(pkg, sends.Sent{Code: c.Code, Where: c.Where}, modules))
			}
			if posn, ok := implicit[r.Handler]; ok {
				add(http.StatusOK, posn)
			}
			slices.SortFunc(codes, func(a, b Code) int { return cmp.Compare(a.Code, b.Code) })
			route := Route{Method: r.Method, Handler: r.Handler, Codes: codes}
			if codes == nil {
				route.Codes = []Code{}
			}
			if d := documented[r.Handler]; d != nil {
				route.Documented = slices.Clone(d.Codes)
				if d.Default {
					route.Documented = append(route.Documented, -1)
				}
			}
			if len(r.Paths) == 0 {
				route.Exposure = Unknown
				inv.Routes = append(inv.Routes, route)
				continue
			}
			served[r.Method+" "+r.Handler] = true
			for _, p := range r.Paths {
				route.Path, route.Exposure = p.Path, Public
				switch {
				case p.Path == "":
					route.Path = "?"
				case !strings.HasPrefix(p.Path, "/"):
					// A router serves a path relative to its root
					// (gin's e.GET("version", …) is /version).
					route.Path = "/" + p.Path
				}
				if p.Internal || internal(p.Path) {
					route.Exposure = Internal
				}
				inv.Routes = append(inv.Routes, route)
			}
		}
	}
	// A route of a router that leaves its package has unknown exposure
	// there; where an analyzed package mounts it, it is listed there.
	inv.Routes = slices.DeleteFunc(inv.Routes, func(r Route) bool {
		return r.Exposure == Unknown && served[r.Method+" "+r.Handler]
	})
	slices.SortFunc(inv.Routes, func(a, b Route) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(a.Method, b.Method),
			strings.Compare(a.Handler, b.Handler), strings.Compare(a.Exposure, b.Exposure))
	})
	inv.Routes = slices.CompactFunc(inv.Routes, func(a, b Route) bool {
		return a.Path == b.Path && a.Method == b.Method && a.Handler == b.Handler && a.Exposure == b.Exposure
	})
	return inv, nil
}

// relPosn returns where s is sent, relative to its module:
// "users/users.go:41:3".
func relPosn(pkg *packages.Package, s sends.Sent, modules map[string]bool) string {
	where := s.Where
	if s.Expr != nil {
		where = codepos.In(pkg.Fset, pkg.Types, s.Expr.Pos())
	}
	posn := where.String()
	best := ""
	for m := range modules {
		if (strings.HasPrefix(posn, m+"/")) && len(m) > len(best) {
			best = m
		}
	}
	if best != "" {
		posn = posn[len(best)+1:]
	}
	return posn
}

// WriteJSON writes inv as indented JSON.
func (inv *Inventory) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(inv)
}

// WriteText writes one line per route: METHOD PATH  handler  codes.
func (inv *Inventory) WriteText(w io.Writer) error {
	for _, r := range inv.Routes {
		line := fmt.Sprintf("%s %s  %s  %s", r.Method, displayPath(r), r.Handler, codeList(r.Codes))
		if r.Exposure != Public {
			line += "  (" + r.Exposure + ")"
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}

// WriteMarkdown writes a table of the routes.
func (inv *Inventory) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("| Method | Path | Handler | Exposure | Codes | Documented |\n|---|---|---|---|---|---|\n")
	for _, r := range inv.Routes {
		doc := "—"
		if r.Documented != nil {
			var ds []string
			for _, c := range r.Documented {
				if c < 0 {
					ds = append(ds, "default")
				} else {
					ds = append(ds, strconv.Itoa(c))
				}
			}
			doc = strings.Join(ds, ", ")
		}
		fmt.Fprintf(&b, "| %s | `%s` | `%s` | %s | %s | %s |\n", r.Method, displayPath(r), r.Handler, r.Exposure,
			strings.ReplaceAll(codeList(r.Codes), "|", "\\|"), doc)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func displayPath(r Route) string {
	if r.Path == "" {
		return "-"
	}
	return r.Path
}

// codeList formats codes: "200, 404, 499 Client Closed Request (fallback 400)".
func codeList(codes []Code) string {
	if len(codes) == 0 {
		return "-"
	}
	s := make([]string, len(codes))
	for i, c := range codes {
		s[i] = strconv.Itoa(c.Code)
		if c.Description != "" {
			s[i] += " " + c.Description
			if c.Fallback != 0 {
				s[i] += fmt.Sprintf(" (fallback %d)", c.Fallback)
			}
		}
	}
	return strings.Join(s, ", ")
}
