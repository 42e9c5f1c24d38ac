// Package knowledge is statuslint's knowledge of net/http and the Go web
// frameworks, kept as data: which functions and methods take a status code
// and at which argument, which struct fields carry one, which calls register
// routes, and what each runtime does with a code outside 100–599.
//
// Functions and methods are keyed by (*types.Func).FullName, for example
// "net/http.Error" or "(*github.com/gin-gonic/gin.Context).JSON"; fields by
// "package/path.Type.Field". Argument indexes are 0-based and exclude the
// receiver.
package knowledge

// Runtime names the code that turns a status code into a response.
type Runtime string

// The runtimes statuslint knows.
const (
	NetHTTP     Runtime = "net/http"
	Gin         Runtime = "gin"
	Echo        Runtime = "echo"
	Fiber       Runtime = "fiber"
	Fasthttp    Runtime = "fasthttp"
	Hertz       Runtime = "hertz"
	Huma        Runtime = "huma"
	GoZero      Runtime = "go-zero"
	Kratos      Runtime = "kratos"
	GRPCGateway Runtime = "grpc-gateway"
)

// Behavior says, for each band of invalid codes, what a runtime does with
// them; the range diagnostic quotes it.
type Behavior struct {
	NonPositive string // code ≤ 0
	Below100    string // 1–99
	Above599    string // 600–999
	Above999    string // ≥ 1000
}

const (
	netHTTPPanics = "net/http panics (invalid WriteHeader code)"
	netHTTPSends  = "net/http sends it, but it is not an HTTP status code and clients reject it"
)

// Behaviors maps each runtime to what it does with invalid codes.
var Behaviors = map[Runtime]Behavior{
	NetHTTP: {netHTTPPanics, netHTTPPanics, netHTTPSends, netHTTPPanics},
}

// Sink describes a parameter that sets the response status.
type Sink struct {
	Arg     int // index of the status-code argument
	Runtime Runtime
}

// Sinks maps functions and methods to their status-code parameter.
//
// WriteHeader on any type that implements net/http.ResponseWriter is a sink
// too; it is matched by type, not listed here.
var Sinks = map[string]Sink{
	"(net/http.ResponseWriter).WriteHeader": {0, NetHTTP},
	"net/http.Error":                        {2, NetHTTP},
	"net/http.Redirect":                     {3, NetHTTP},
	"net/http.RedirectHandler":              {1, NetHTTP},
}

// Fields maps struct fields that carry a status code, keyed by
// "package/path.Type.Field", to the runtime that sends them.
var Fields = map[string]Runtime{}

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
}

// Routes maps route-registering functions and methods to their shape.
var Routes = map[string]Route{
	"net/http.Handle":                 {Path: 0, Handlers: 1, Func: -1, Pattern: true},
	"net/http.HandleFunc":             {Path: 0, Handlers: 1, Func: -1, Pattern: true},
	"(*net/http.ServeMux).Handle":     {Path: 0, Handlers: 1, Func: -1, Pattern: true},
	"(*net/http.ServeMux).HandleFunc": {Path: 0, Handlers: 1, Func: -1, Pattern: true},
}

// Adapters maps functions that wrap a handler into another handler to the
// index of the wrapped handler; the wrapper sends what the handler sends.
var Adapters = map[string]int{
	"net/http.StripPrefix":     1,
	"net/http.TimeoutHandler":  0,
	"net/http.MaxBytesHandler": 0,
}
