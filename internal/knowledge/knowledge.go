// Package knowledge is statuslint's knowledge of net/http and the Go web
// frameworks, kept as data: which functions and methods take a status code
// and at which argument, which struct fields carry one, which calls register
// routes, and what each runtime does with a code outside 100–599.
//
// Each runtime's knowledge is one Framework value in a file of its own.
// Functions and methods are keyed by (*types.Func).FullName, for example
// "net/http.Error" or "(*github.com/gin-gonic/gin.Context).JSON"; fields by
// "package/path.Type.Field". Argument indexes are 0-based and exclude the
// receiver.
package knowledge

import (
	"go/types"
	"slices"
	"strings"
)

// Runtime names the code that turns a status code into a response.
type Runtime string

// Framework is what statuslint knows of one runtime's API.
type Framework struct {
	Runtime  Runtime
	Behavior Behavior
	// Sinks maps functions and methods that set the response status, or
	// build an error value that carries it, to the index of the
	// status-code argument.
	Sinks map[string]int
	// Fixed maps functions that always send one code, or build an error
	// value that carries it, to that code: net/http.NotFound sends 404,
	// huma.Error404NotFound builds a 404 error.
	Fixed map[string]int
	// Fields lists struct fields, "package/path.Type.Field", whose value
	// becomes the response status.
	Fields []string
	// Errors lists the keys of Sinks, Fixed and Fields that build an error
	// value carrying the code rather than send it (echo.NewHTTPError,
	// huma.Error404NotFound, fiber.Error.Code): the code is sent only where
	// that error reaches the framework's error handler.
	Errors []string
	// Routes maps calls that register handlers, or derive a router, to
	// their shape. A key names the function and its parameters,
	// "(*net/http.ServeMux).Handle(pattern, handler)": a Route names the
	// parameters it uses, and the drift test checks the names against the
	// real modules.
	Routes map[string]Route
	// Adapters maps functions that wrap a handler into another handler,
	// keyed as Routes, to the name of the wrapped handler's parameter: the
	// wrapper sends what it sends.
	Adapters map[string]string
	// Middlewares lists functions that return a middleware, a
	// func(http.Handler) http.Handler that wraps the handler it is applied
	// to (gorilla's handlers.CanonicalHost(domain, code)(h)), keyed as
	// Routes: the wrapper sends what the handler sends.
	Middlewares []string
	// Strips maps the adapters that strip a path prefix from the request
	// before the wrapped handler sees it (net/http.StripPrefix), keyed as
	// Routes, to the name of the prefix parameter.
	Strips map[string]string
	// PrefixOptions maps option functions that add a path prefix to the
	// routes of the call they are passed to (go-zero's
	// rest.WithPrefix(group)), keyed as Routes, to the name of the prefix
	// parameter.
	PrefixOptions map[string]string
	// Sentinels lists codes outside 100–599 that the runtime documents as
	// "keep the status already set": passing one is deliberate, not a bug.
	Sentinels []int64
	// Callbacks maps functions that take a callback whose integer result
	// becomes the response status (go-zero's httpx.SetErrorHandler) to
	// where that callback and that result are.
	Callbacks map[string]Callback
}

// Callback is a function argument whose integer result sets the response
// status.
type Callback struct {
	Arg     int // index of the callback argument
	Result  int // index of the callback's status result
	Runtime Runtime
}

// Behavior says, for each band of invalid codes, what a runtime does with
// them; the range diagnostic quotes it.
type Behavior struct {
	NonPositive string // code ≤ 0
	Below100    string // 1–99
	Above599    string // 600–999
	Above999    string // ≥ 1000
}

// For returns what b says of code, which must be outside 100–599.
func (b Behavior) For(code int64) string {
	switch {
	case code <= 0:
		return b.NonPositive
	case code < 100:
		return b.Below100
	case code < 1000:
		return b.Above599
	default:
		return b.Above999
	}
}

// Route describes a call that registers handlers, or that derives a router
// whose routes live under a path. Its fields name parameters of the call;
// the zero value of each means "none". Tables build Routes with handle,
// use, group, callback and structs, and the methods that refine them.
type Route struct {
	// Path is the path or pattern parameter; none when the call takes its
	// path from its receiver alone.
	Path string
	// Handlers is the first handler parameter. When it is variadic, or
	// followed by a variadic parameter of its type, every argument from it
	// on is a handler.
	Handlers string
	// Middleware is the first per-route middleware parameter (echo's
	// POST(path, h, m ...MiddlewareFunc)): every argument from it on runs
	// on the route too.
	Middleware string
	// Router reports that the call returns a router whose routes live under
	// Path (a group, a sub-router, a path prefix).
	Router bool
	// Func is a func(router) parameter whose parameter is a router under
	// Path.
	Func string
	// Pattern reports that Path is a net/http ServeMux pattern,
	// "[METHOD ][HOST]/PATH". A ServeMux hands the handler it mounts the
	// full path, less what Strips adapters strip.
	Pattern bool
	// PathField names the field that holds the path when the Path
	// parameter is a struct (huma's Operation.Path).
	PathField string
	// RouterArg is the parameter that holds the router, when it is not the
	// method's receiver (huma.Get(api, …)).
	RouterArg string
	// Structs is a parameter holding one route struct or a slice of them
	// (echo v5's AddRoute(route Route), go-zero's AddRoutes(rs []Route)),
	// whose fields StructPath, StructHandler and StructMiddleware hold
	// each route's path, handler and middleware.
	Structs                                     string
	StructPath, StructHandler, StructMiddleware string
	// Options is a variadic parameter of options, among which the
	// PrefixOptions add a prefix to the routes' paths.
	Options string
	// Applies says, for a call that registers middleware on a router (Use,
	// a group's handlers), which routes the middleware runs for.
	Applies Applies
}

// Applies tells which routes of a router a middleware runs for.
type Applies int

const (
	// NoRoutes means that the handlers are no middleware (fallbacks such as
	// NoRoute), or that the framework's rule is not modeled.
	NoRoutes Applies = iota
	// AllRoutes means every route of the router and of the routers under it,
	// whenever they are registered (echo's Echo.Use, chi's Use, gorilla's
	// Use, the handlers a group is created with).
	AllRoutes
	// LaterRoutes means the routes registered on the router after the call, and
	// those of the groups derived from it after the call (gin's Use, echo's
	// Group.Use copy the middleware into each route and group they create).
	LaterRoutes
)

// handle is a call that registers handlers under path.
func handle(path, handlers string) Route { return Route{Path: path, Handlers: handlers} }

// use is a call that registers handlers (middleware, fallbacks) on its
// router, under the router's own path.
func use(handlers string) Route { return Route{Handlers: handlers} }

// group is a call that returns a router under path.
func group(path string) Route { return Route{Path: path, Router: true} }

// callback is a call that passes a router under path to the function fn.
func callback(path, fn string) Route { return Route{Path: path, Router: true, Func: fn} }

// structs is a call that registers the routes held in struct values: their
// path, handler and middleware are the named fields.
func structs(param, path, handler, middleware string) Route {
	return Route{Structs: param, StructPath: path, StructHandler: handler, StructMiddleware: middleware}
}

// running adds handlers that a derived router runs for its routes (gin's
// Group(relativePath, handlers...)): middleware for all of them.
func (r Route) running(handlers string) Route { r.Handlers = handlers; r.Applies = AllRoutes; return r }

// middleware says that the handlers are middleware that runs for the
// routes a says.
func (r Route) middleware(a Applies) Route { r.Applies = a; return r }

// with adds per-route middleware.
func (r Route) with(middleware string) Route { r.Middleware = middleware; return r }

// pattern marks Path as a ServeMux pattern.
func (r Route) pattern() Route { r.Pattern = true; return r }

// pathIn says that the Path parameter is a struct with the path in field.
func (r Route) pathIn(field string) Route { r.PathField = field; return r }

// options names the parameter of options.
func (r Route) options(param string) Route { r.Options = param; return r }

// Shape is a Route with its parameters resolved to argument indexes, -1
// for none; indexes exclude the receiver.
type Shape struct {
	Path, Handlers, Middleware, Func, RouterArg, Structs, Options int
	Router, Pattern                                               bool
	PathField, StructPath, StructHandler, StructMiddleware        string
	Applies                                                       Applies
}

// Sink is a parameter that sets the response status.
type Sink struct {
	Arg     int // index of the status-code argument
	Runtime Runtime
}

// frameworks lists every runtime's knowledge; each lives in a file of its
// own.
var frameworks = []*Framework{
	&netHTTP, &netHTTPRedirect,
	&gin, &ginRedirect, &echoV4, &echoV5, &echoRedirect, &chi, &gorilla, &httpRouter,
	&fiberV2, &fiberV3, &fasthttp, &fasthttpRedirect, &hertz, &hertzRedirect,
	&huma, &goZero, &kratos, &grpcGateway,
}

// The indexes below are built once from frameworks and never written again.
var (
	sinks       = map[string]Sink{}
	fields      = map[string]Runtime{}
	routes      = map[string]Shape{}
	adapters    = map[string]int{}
	middlewares = map[string]bool{}
	strips      = map[string]int{}
	prefixes    = map[string]int{}
	params      = map[string][]string{} // the parameter names of route, adapter and prefix keys
	behaviors   = map[Runtime]Behavior{}
	sentinels   = map[Runtime][]int64{}
	callbacks   = map[string]Callback{}
	fixed       = map[string]Sink{} // Arg holds the code
	errorKeys   = map[string]bool{}
	packages    = map[string]bool{}
)

func init() {
	for _, f := range frameworks {
		if _, dup := behaviors[f.Runtime]; dup {
			panic("knowledge: runtime " + string(f.Runtime) + " listed twice")
		}
		behaviors[f.Runtime] = f.Behavior
		sentinels[f.Runtime] = f.Sentinels
		for name, arg := range f.Sinks {
			add(sinks, packages, name, Sink{arg, f.Runtime})
		}
		for name, code := range f.Fixed {
			add(fixed, packages, name, Sink{code, f.Runtime})
		}
		for _, name := range f.Fields {
			add(fields, packages, name, f.Runtime)
		}
		for key := range f.Routes {
			name, ps := splitKey(key)
			add(routes, packages, name, f.Routes[key].resolve(key, ps))
			params[name] = ps
		}
		// Tables that name one parameter of each function, indexed by
		// its position.
		for _, t := range []struct {
			keys  map[string]string
			index map[string]int
		}{{f.Adapters, adapters}, {f.Strips, strips}, {f.PrefixOptions, prefixes}} {
			for key, p := range t.keys {
				name, ps := splitKey(key)
				add(t.index, packages, name, index(key, ps, p))
				params[name] = ps
			}
		}
		for _, key := range f.Middlewares {
			name, ps := splitKey(key)
			add(middlewares, packages, name, true)
			params[name] = ps
		}
		for name, cb := range f.Callbacks {
			cb.Runtime = f.Runtime
			add(callbacks, packages, name, cb)
		}
		for _, key := range f.Errors {
			if _, ok := f.Sinks[key]; !ok && f.Fixed[key] == 0 && !slices.Contains(f.Fields, key) {
				panic("knowledge: error key " + key + " is no sink, fixed code or field of " + string(f.Runtime))
			}
			add(errorKeys, packages, key, true)
		}
	}
}

// splitKey splits "name(a, b)" into the name and its parameter names.
func splitKey(key string) (string, []string) {
	i := strings.LastIndex(key, "(")
	if i < 0 || !strings.HasSuffix(key, ")") || strings.HasSuffix(key[:i], ".") {
		panic("knowledge: key without parameters: " + key)
	}
	var ps []string
	if list := key[i+1 : len(key)-1]; list != "" {
		for p := range strings.SplitSeq(list, ",") {
			ps = append(ps, strings.TrimSpace(p))
		}
	}
	return key[:i], ps
}

// index returns the index of the parameter called name, -1 for "".
func index(key string, ps []string, name string) int {
	if name == "" {
		return -1
	}
	i := slices.Index(ps, name)
	if i < 0 {
		panic("knowledge: " + key + " has no parameter " + name)
	}
	return i
}

func (r Route) resolve(key string, ps []string) Shape {
	if r.Handlers == "" && !r.Router && r.Structs == "" {
		panic("knowledge: " + key + " registers nothing")
	}
	return Shape{
		Path:             index(key, ps, r.Path),
		Handlers:         index(key, ps, r.Handlers),
		Middleware:       index(key, ps, r.Middleware),
		Func:             index(key, ps, r.Func),
		RouterArg:        index(key, ps, r.RouterArg),
		Structs:          index(key, ps, r.Structs),
		Options:          index(key, ps, r.Options),
		Router:           r.Router,
		Pattern:          r.Pattern,
		PathField:        r.PathField,
		StructPath:       r.StructPath,
		StructHandler:    r.StructHandler,
		StructMiddleware: r.StructMiddleware,
		Applies:          r.Applies,
	}
}

// add adds name to the index m, and its package to pkgs; a key listed
// twice or without a package is a bug in the tables.
func add[V any](m map[string]V, pkgs map[string]bool, name string, v V) {
	if _, dup := m[name]; dup {
		panic("knowledge: " + name + " listed twice")
	}
	if PackageOf(name) == "" {
		panic("knowledge: malformed key " + name)
	}
	m[name] = v
	pkgs[PackageOf(name)] = true
}

// PackageOf returns the import path in a FullName-style key:
// "net/http" for "net/http.Error", "(*net/http.ServeMux).Handle" and
// "net/http.Response.StatusCode".
func PackageOf(key string) string {
	key = strings.TrimLeft(key, "(*")
	slash := strings.LastIndex(key, "/")
	dot := strings.Index(key[slash+1:], ".")
	if dot < 0 {
		return ""
	}
	return key[:slash+1+dot]
}

// KeyOf returns fn's key in the tables, or "" when the tables name nothing
// in fn's package: most calls are answered without building a name.
func KeyOf(fn *types.Func) string {
	if fn.Pkg() == nil || !packages[fn.Pkg().Path()] {
		return ""
	}
	return fn.FullName()
}

// LookupSink returns the status parameter of the function or method named
// by FullName.
func LookupSink(fullName string) (Sink, bool) { s, ok := sinks[fullName]; return s, ok }

// LookupFixed returns the code that fullName always sends, and its
// runtime.
func LookupFixed(fullName string) (code int, rt Runtime, ok bool) {
	s, ok := fixed[fullName]
	return s.Arg, s.Runtime, ok
}

// BuildsError reports whether the sink, fixed-code function or field named
// by key builds an error value that carries the code (Framework.Errors).
func BuildsError(key string) bool { return errorKeys[key] }

// LookupField returns the runtime of a status-carrying field
// "package/path.Type.Field".
func LookupField(key string) (Runtime, bool) { r, ok := fields[key]; return r, ok }

// LookupRoute returns the shape of a route-registering call.
func LookupRoute(fullName string) (Shape, bool) { r, ok := routes[fullName]; return r, ok }

// LookupPrefixOption returns the index of the prefix parameter of an
// option function that adds a path prefix.
func LookupPrefixOption(fullName string) (int, bool) { i, ok := prefixes[fullName]; return i, ok }

// Params returns the parameter names that the tables record for a route,
// adapter or prefix option, for the test that checks them against the real
// modules.
func Params(fullName string) []string { return params[fullName] }

// LookupAdapter returns the index of the handler that an adapter wraps.
func LookupAdapter(fullName string) (int, bool) { i, ok := adapters[fullName]; return i, ok }

// IsMiddleware reports whether the function named by FullName returns a
// middleware that wraps the handler it is applied to.
func IsMiddleware(fullName string) bool { return middlewares[fullName] }

// LookupStrip returns the index of the prefix that an adapter strips from
// the path before the handler it wraps sees it.
func LookupStrip(fullName string) (int, bool) { i, ok := strips[fullName]; return i, ok }

// LookupCallback returns the status callback that the function or method
// named by FullName takes.
func LookupCallback(fullName string) (Callback, bool) { c, ok := callbacks[fullName]; return c, ok }

// IsSentinel reports whether runtime rt takes code to mean "keep the status
// already set".
func IsSentinel(rt Runtime, code int64) bool { return slices.Contains(sentinels[rt], code) }

// BehaviorOf returns what runtime rt does with invalid codes.
func BehaviorOf(rt Runtime) Behavior { return behaviors[rt] }

// Knows reports whether the tables name anything in the package with the
// given import path.
func Knows(pkgPath string) bool { return packages[pkgPath] }

// ImportsKnown reports whether pkg directly imports a package that the
// tables name.
func ImportsKnown(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if packages[imp.Path()] {
			return true
		}
	}
	return false
}

// CallbackKeys returns the keys of the functions that take a status
// callback, for tests that check the tables against real modules.
func CallbackKeys() []string {
	keys := make([]string, 0, len(callbacks))
	for k := range callbacks {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Keys returns every key of the tables with the argument index it records
// (-1 for fields), for tests that check the tables against real modules.
func Keys() map[string]int {
	keys := map[string]int{}
	for k, s := range sinks {
		keys[k] = s.Arg
	}
	for k := range fields {
		keys[k] = -1
	}
	for k := range fixed {
		keys[k] = -1
	}
	for k, a := range adapters {
		keys[k] = a
	}
	for k := range middlewares {
		keys[k] = -1
	}
	for k := range routes {
		keys[k] = routes[k].Path
	}
	for k, p := range prefixes {
		keys[k] = p
	}
	for k, cb := range callbacks {
		keys[k] = cb.Arg
	}
	return keys
}
