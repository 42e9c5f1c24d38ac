package routes

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/internal/codepos"
	"github.com/statuslint/statuslint/passes/sends"
)

// routerFact describes the routers that a function hands to other
// packages: the one it returns, and those it registers routes on when it is
// given them. Each lists its routes, with paths relative to the router and
// the codes their handlers and middleware can send, so that the package
// that mounts or serves it decides their exposure.
type routerFact struct {
	Result      []factRoute // routes of the router the function returns
	ResultIndex int         // which of its results the router is
	Params      []paramRoutes
}

// paramRoutes are the routes a function registers on its parameter Index.
type paramRoutes struct {
	Index  int
	Routes []factRoute
}

// factRoute is a route in a routerFact.
type factRoute struct {
	Use      bool   // middleware or fallbacks of the router, not a route
	Method   string // upper case, "*" for any, "?" when not a constant
	Handler  string // the handler's name (HandlerName)
	Path     string // relative to the router
	Unknown  bool   // some part of the path is not a constant
	Internal bool
	Codes    []codepos.Code
	// Middleware are the codes of the middleware of the route's package
	// that runs for it.
	Middleware []codepos.Code
}

func (*routerFact) AFact() {}

func (f *routerFact) String() string {
	var parts []string
	if len(f.Result) > 0 {
		result := "result"
		if f.ResultIndex > 0 {
			result += fmt.Sprint(f.ResultIndex)
		}
		parts = append(parts, result+fmtRoutes(f.Result))
	}
	for _, p := range f.Params {
		parts = append(parts, fmt.Sprintf("param%d%s", p.Index, fmtRoutes(p.Routes)))
	}
	return "router(" + strings.Join(parts, " ") + ")"
}

func fmtRoutes(routes []factRoute) string {
	s := make([]string, len(routes))
	for i, r := range routes {
		path := r.Path
		if r.Unknown {
			path = "?"
		}
		codes := make([]string, len(r.Codes))
		for j, c := range r.Codes {
			codes[j] = fmt.Sprint(c.Code)
		}
		s[i] = path + ":" + strings.Join(codes, ",")
		if r.Internal {
			s[i] += ":internal"
		}
	}
	return "[" + strings.Join(s, " ") + "]"
}

// internalFact marks a function marked //statuslint:internal: the routes
// of other packages that register it are internal.
type internalFact struct{}

func (*internalFact) AFact() {}

func (*internalFact) String() string { return "internal" }

// hasRouters marks a package that exports routerFacts.
type hasRouters struct{}

func (*hasRouters) AFact() {}

func (*hasRouters) String() string { return "hasRouters" }

// importsRouters reports whether a package that pass imports exports
// routers.
func importsRouters(pass *analysis.Pass) bool {
	for _, imp := range pass.Pkg.Imports() {
		if pass.ImportPackageFact(imp, new(hasRouters)) {
			return true
		}
	}
	return false
}

// exportFacts gives each exported function that returns or fills a router
// the routes under it that can send custom codes.
func (st *state) exportFacts() {
	exported := false
	for _, fn := range st.funcs {
		if !st.exported(fn) {
			continue
		}
		fact := &routerFact{}
		sig := fn.Signature()
		for i := range sig.Results().Len() {
			var routes []factRoute
			for _, o := range st.resultRouters(fn, i) {
				routes = st.down(o, "", false, false, map[*object]bool{}, routes)
			}
			if len(routes) > 0 {
				fact.Result, fact.ResultIndex = sortRoutes(routes), i
				break
			}
		}
		for i := range sig.Params().Len() {
			o := st.byVar[sig.Params().At(i).Origin()]
			if o == nil || !o.router {
				continue
			}
			if routes := st.down(o, "", false, false, map[*object]bool{}, nil); len(routes) > 0 {
				fact.Params = append(fact.Params, paramRoutes{i, sortRoutes(routes)})
			}
		}
		if len(fact.Result) > 0 || len(fact.Params) > 0 {
			st.pass.ExportObjectFact(fn, fact)
			exported = true
		}
	}
	if exported {
		st.pass.ExportPackageFact(new(hasRouters))
	}
}

// down appends the routes under o, with prefix: the middleware and
// fallbacks that can send a code, every route.
func (st *state) down(o *object, prefix string, unknown, internal bool, seen map[*object]bool, routes []factRoute) []factRoute {
	if seen[o] {
		return routes
	}
	seen[o] = true
	defer delete(seen, o)
	internal = internal || o.internal
	for _, r := range o.regs {
		var codes []codepos.Code
		for _, h := range r.handlers {
			codes = sends.AddCodes(codes, st.pass, st.sends.Of(h))
		}
		if len(codes) == 0 && r.use {
			continue
		}
		slices.SortFunc(codes, codepos.Code.Compare)
		fr := factRoute{Use: r.use, Method: r.method, Handler: HandlerName(st.pass.Fset, st.pass.Pkg, r.handlers[len(r.handlers)-1]),
			Path: joinPath(prefix, r.path), Unknown: unknown || r.unknown, Internal: internal || r.internal, Codes: codes}
		if !r.use {
			for _, on := range r.on {
				fr.Middleware = st.middleware(on, r.call, map[*object]bool{}, fr.Middleware)
			}
			slices.SortFunc(fr.Middleware, codepos.Code.Compare)
		}
		routes = append(routes, fr)
	}
	for _, r := range o.routes {
		r.Path, r.Unknown, r.Internal = joinPath(prefix, r.Path), unknown || r.Unknown, internal || r.Internal
		routes = append(routes, r)
	}
	for _, e := range o.children {
		routes = st.down(e.obj, joinPath(prefix, e.prefix), unknown || e.unknown, internal || e.internal, seen, routes)
	}
	return routes
}

func sortRoutes(routes []factRoute) []factRoute {
	slices.SortFunc(routes, func(a, b factRoute) int {
		if c := cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(a.Method, b.Method), strings.Compare(a.Handler, b.Handler)); c != 0 {
			return c
		}
		if a.Unknown != b.Unknown {
			if a.Unknown {
				return 1
			}
			return -1
		}
		if a.Internal != b.Internal {
			if a.Internal {
				return 1
			}
			return -1
		}
		return cmp.Or(slices.CompareFunc(a.Codes, b.Codes, codepos.Code.Compare), slices.CompareFunc(a.Middleware, b.Middleware, codepos.Code.Compare))
	})
	return slices.CompactFunc(routes, func(a, b factRoute) bool {
		return a.Path == b.Path && a.Use == b.Use && a.Method == b.Method && a.Handler == b.Handler && a.Unknown == b.Unknown && a.Internal == b.Internal &&
			slices.Equal(a.Codes, b.Codes) && slices.Equal(a.Middleware, b.Middleware)
	})
}
