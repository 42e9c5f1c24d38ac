package knowledge

// Echo runtimes: echo v4 (interface Context) and echo v5 (struct
// *Context), both on top of net/http.
const (
	EchoV4 Runtime = "echo"
	EchoV5 Runtime = "echo/v5"
	// EchoRedirect is Context.Redirect of echo v4 and v5, which sends
	// nothing for a code outside 300–308.
	EchoRedirect Runtime = "echo redirect"
)

const (
	echoPanics   = "echo passes it to net/http, which panics (invalid WriteHeader code)"
	echoSends    = "echo passes it to net/http, which sends it as is, but it is not an HTTP status code and clients reject it"
	echoV5Zero   = "echo passes it to net/http, which panics (invalid WriteHeader code); only an error with code 0 becomes 500"
	echoNoRedir  = "echo sends nothing: Redirect returns ErrInvalidRedirectCode outside 300–308, and the error handler answers 500"
	echoV4Prefix = "(github.com/labstack/echo/v4.Context)."
	echoV5Prefix = "(*github.com/labstack/echo/v5.Context)."
)

// echoContextSinks are the Context methods that take the code first, in
// echo v4 (context.go 115-176, interface) and echo v5 (context.go 500-782,
// struct); Redirect is apart.
var echoContextSinks = []string{
	"Render", "HTML", "HTMLBlob", "String", "JSON", "JSONPretty", "JSONBlob",
	"JSONP", "JSONPBlob", "XML", "XMLPretty", "XMLBlob", "Blob", "Stream", "NoContent",
}

// echoV4: github.com/labstack/echo/v4@v4.16.0. The Context interface
// (context.go 115-179); (*Response).WriteHeader passes any code to
// net/http (response.go 57-68); NewHTTPError echo.go 918 and the field
// HTTPError.Code (136-140), sent by DefaultHTTPErrorHandler (448-495) as
// is. Routes: *Echo (echo.go 502-636) and *Group (group.go 22-121).
// Adapters: WrapHandler 955, WrapMiddleware 963.
var echoV4 = Framework{
	Runtime:  EchoV4,
	Behavior: Behavior{echoPanics, echoPanics, echoSends, echoPanics},
	Sinks: echoSinks(echoV4Prefix, map[string]int{
		"github.com/labstack/echo/v4.NewHTTPError": 0,
	}),
	Fields: []string{
		"github.com/labstack/echo/v4.HTTPError.Code",
	},
	Errors: []string{
		"github.com/labstack/echo/v4.NewHTTPError",
		"github.com/labstack/echo/v4.HTTPError.Code",
	},
	Routes: echoRoutes("github.com/labstack/echo/v4", "Host"),
	Adapters: map[string]string{
		"github.com/labstack/echo/v4.WrapHandler(h)":    "h",
		"github.com/labstack/echo/v4.WrapMiddleware(m)": "m",
	},
}

// echoV5: github.com/labstack/echo/v5@v5.4.4. Context is a struct
// (context.go 500-782); (*Response).WriteHeader passes any code to
// net/http (response.go 50-61); NewHTTPError httperror.go 104, fields
// HTTPError.Code (112-117) and ProblemError.Status (rfc9457.go 14-27).
// DefaultHTTPErrorHandler (echo.go 469-505) sends 500 for code 0, any
// other code as is. Routes: *Echo (echo.go 515-783, QUERY added) and
// *Group (group.go 31-203). Adapters: WrapHandler 878, WrapMiddleware 892.
var echoV5 = Framework{
	Runtime:  EchoV5,
	Behavior: Behavior{echoV5Zero, echoPanics, echoSends, echoPanics},
	Sinks: echoSinks(echoV5Prefix, map[string]int{
		"github.com/labstack/echo/v5.NewHTTPError": 0,
	}),
	Fields: []string{
		"github.com/labstack/echo/v5.HTTPError.Code",
		"github.com/labstack/echo/v5.ProblemError.Status",
	},
	Errors: []string{
		"github.com/labstack/echo/v5.NewHTTPError",
		"github.com/labstack/echo/v5.HTTPError.Code",
		"github.com/labstack/echo/v5.ProblemError.Status",
	},
	Routes: echoRoutes("github.com/labstack/echo/v5", "QUERY"),
	Adapters: map[string]string{
		"github.com/labstack/echo/v5.WrapHandler(h)":    "h",
		"github.com/labstack/echo/v5.WrapMiddleware(m)": "m",
	},
}

// echoRedirect: Redirect(code, url) returns ErrInvalidRedirectCode unless
// 300 ≤ code ≤ 308 (v4 context.go 654-661, v5 context.go 788-795).
var echoRedirect = Framework{
	Runtime:  EchoRedirect,
	Behavior: Behavior{echoNoRedir, echoNoRedir, echoNoRedir, echoNoRedir},
	Sinks: map[string]int{
		echoV4Prefix + "Redirect": 0,
		echoV5Prefix + "Redirect": 0,
	},
}

func echoSinks(ctx string, more map[string]int) map[string]int {
	for _, m := range echoContextSinks {
		more[ctx+m] = 0
	}
	return more
}

// echoRoutes returns the routes of *Echo and *Group in module mod; extra
// is "Host" (v4: a router for a host name) or "QUERY" (v5: a verb).
func echoRoutes(mod, extra string) map[string]Route {
	r := map[string]Route{}
	verbs := []string{"CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE", "RouteNotFound", "Any"}
	if extra == "QUERY" {
		verbs = append(verbs, extra)
	}
	// GET(path, h, m ...MiddlewareFunc): one handler, then per-route
	// middleware, which runs on the route too.
	for recv, groupMW := range map[string]string{"(*" + mod + ".Echo)": "m", "(*" + mod + ".Group)": "middleware"} {
		for _, m := range verbs {
			if m == "Any" {
				r[recv+".Any(path, handler, middleware)"] = handle("path", "handler").with("middleware")
				continue
			}
			r[recv+"."+m+"(path, h, m)"] = handle("path", "h").with("m")
		}
		r[recv+".Add(method, path, handler, middleware)"] = handle("path", "handler").with("middleware")
		r[recv+".Match(methods, path, handler, middleware)"] = handle("path", "handler").with("middleware")
		r[recv+".Group(prefix, "+groupMW+")"] = group("prefix").running(groupMW)
		if extra == "QUERY" {
			// v5: AddRoute(route Route), the route a struct (route.go 17-26).
			r[recv+".AddRoute(route)"] = structs("route", "Path", "Handler", "Middlewares")
		}
	}
	// Echo.Use and Pre run for every request (v4 echo.go 497-504, 686;
	// v5 515-524); Group.Use appends to the group's middleware, which Add
	// (v4 group.go 121) and AddRoute (v5 217) copy into each route.
	r["(*"+mod+".Echo).Use(middleware)"] = use("middleware").middleware(AllRoutes)
	r["(*"+mod+".Echo).Pre(middleware)"] = use("middleware").middleware(AllRoutes)
	r["(*"+mod+".Group).Use(middleware)"] = use("middleware").middleware(LaterRoutes)
	if extra == "Host" {
		r["(*"+mod+".Echo).Host(name, m)"] = group("").running("m")
	}
	return r
}
