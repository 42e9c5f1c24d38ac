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
	// Fields lists struct fields, "package/path.Type.Field", whose value
	// becomes the response status.
	Fields []string
	// Routes maps calls that register handlers, or derive a router, to
	// their shape.
	Routes map[string]Route
	// Adapters maps functions that wrap a handler into another handler to
	// the index of the wrapped handler: the wrapper sends what it sends.
	Adapters map[string]int
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
// whose routes live under a path.
type Route struct {
	// Path is the index of the path or pattern argument, or -1 when the
	// call takes its path from its receiver alone.
	Path int
	// Handlers is the index of the first handler argument, or -1. When the
	// parameter there is variadic, every argument from it on is a handler.
	Handlers int
	// Router reports that the call returns a router whose routes live under
	// Path (a group, a sub-router, a path prefix).
	Router bool
	// Func is the index of a func(router) argument whose parameter is a
	// router under Path, or -1.
	Func int
	// Pattern reports that Path is a net/http ServeMux pattern,
	// "[METHOD ][HOST]/PATH".
	Pattern bool
	// PathField names the field that holds the path when the argument at
	// Path is a struct (huma's Operation.Path).
	PathField string
	// RouterArg reports that the router is the first argument of a
	// function rather than a method's receiver (huma.Get(api, …)).
	RouterArg bool
}

// Sink is a parameter that sets the response status.
type Sink struct {
	Arg     int // index of the status-code argument
	Runtime Runtime
}

// frameworks lists every runtime's knowledge; each lives in a file of its
// own.
var frameworks = []*Framework{
	&netHTTP,
	&gin, &ginRedirect, &echoV4, &echoV5, &echoRedirect, &chi, &gorilla, &httpRouter,
	&fiberV2, &fiberV3, &fasthttp, &fasthttpRedirect, &hertz, &hertzRedirect,
	&huma, &goZero, &kratos, &grpcGateway,
}

// The indexes below are built once from frameworks and never written again.
var (
	sinks     = map[string]Sink{}
	fields    = map[string]Runtime{}
	routes    = map[string]Route{}
	adapters  = map[string]int{}
	behaviors = map[Runtime]Behavior{}
	sentinels = map[Runtime][]int64{}
	callbacks = map[string]Callback{}
	packages  = map[string]bool{}
)

func init() {
	for _, f := range frameworks {
		if _, dup := behaviors[f.Runtime]; dup {
			panic("knowledge: runtime " + string(f.Runtime) + " listed twice")
		}
		behaviors[f.Runtime] = f.Behavior
		sentinels[f.Runtime] = f.Sentinels
		for name, arg := range f.Sinks {
			add(sinks, name, Sink{arg, f.Runtime})
		}
		for _, name := range f.Fields {
			add(fields, name, f.Runtime)
		}
		for name, r := range f.Routes {
			add(routes, name, r)
		}
		for name, arg := range f.Adapters {
			add(adapters, name, arg)
		}
		for name, cb := range f.Callbacks {
			cb.Runtime = f.Runtime
			add(callbacks, name, cb)
		}
	}
}

func add[V any](m map[string]V, name string, v V) {
	if _, dup := m[name]; dup {
		panic("knowledge: " + name + " listed twice")
	}
	if PackageOf(name) == "" {
		panic("knowledge: malformed key " + name)
	}
	m[name] = v
	packages[PackageOf(name)] = true
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

// LookupField returns the runtime of a status-carrying field
// "package/path.Type.Field".
func LookupField(key string) (Runtime, bool) { r, ok := fields[key]; return r, ok }

// LookupRoute returns the shape of a route-registering call.
func LookupRoute(fullName string) (Route, bool) { r, ok := routes[fullName]; return r, ok }

// LookupAdapter returns the index of the handler that an adapter wraps.
func LookupAdapter(fullName string) (int, bool) { i, ok := adapters[fullName]; return i, ok }

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
	for k, a := range adapters {
		keys[k] = a
	}
	for k, cb := range callbacks {
		keys[k] = cb.Arg
	}
	for k, r := range routes {
		keys[k] = r.Path
	}
	return keys
}
