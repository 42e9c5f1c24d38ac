package knowledge

// Gorilla is github.com/gorilla/mux with github.com/gorilla/handlers, on
// top of net/http.
const Gorilla Runtime = "gorilla"

const (
	gorillaPanics = "gorilla/handlers passes it to net/http, which panics (invalid WriteHeader code)"
	gorillaSends  = "gorilla/handlers passes it to net/http, which sends it as is, but it is not an HTTP status code and clients reject it"
)

// gorilla: github.com/gorilla/handlers@v1.5.2: CanonicalHost(domain, code)
// canonical.go 29 hands the code to http.Redirect unchecked (58);
// OptionStatusCode(code) cors.go 261 is the status of preflight answers,
// written with w.WriteHeader (133). The handler adapters wrap an
// http.Handler. github.com/gorilla/mux@v1.8.1 has no status API; routes:
// *Router (mux.go 279-349) and *Route (route.go 128-494): a route made by
// PathPrefix, Path, Methods, … takes its handler from Handler or
// HandlerFunc, and Subrouter returns a router under its path.
var gorilla = Framework{
	Runtime:  Gorilla,
	Behavior: Behavior{gorillaPanics, gorillaPanics, gorillaSends, gorillaPanics},
	Sinks: map[string]int{
		"github.com/gorilla/handlers.CanonicalHost":    1,
		"github.com/gorilla/handlers.OptionStatusCode": 0,
	},
	Routes: gorillaRoutes(),
	Adapters: map[string]string{
		"github.com/gorilla/handlers.CompressHandler(h)":                  "h",
		"github.com/gorilla/handlers.CompressHandlerLevel(h, level)":      "h",
		"github.com/gorilla/handlers.ContentTypeHandler(h, contentTypes)": "h",
		"github.com/gorilla/handlers.HTTPMethodOverrideHandler(h)":        "h",
		"github.com/gorilla/handlers.ProxyHeaders(h)":                     "h",
		"github.com/gorilla/handlers.LoggingHandler(out, h)":              "h",
		"github.com/gorilla/handlers.CombinedLoggingHandler(out, h)":      "h",
		"github.com/gorilla/handlers.CustomLoggingHandler(out, h, f)":     "h",
	},
	// canonical.go 29, cors.go 157, recovery.go 45: each returns a
	// func(http.Handler) http.Handler.
	Middlewares: []string{
		"github.com/gorilla/handlers.CanonicalHost(domain, code)",
		"github.com/gorilla/handlers.CORS(opts)",
		"github.com/gorilla/handlers.RecoveryHandler(opts)",
	},
}

func gorillaRoutes() map[string]Route {
	const router, route = "(*github.com/gorilla/mux.Router)", "(*github.com/gorilla/mux.Route)"
	r := map[string]Route{
		router + ".Handle(path, handler)": handle("path", "handler"),
		router + ".HandleFunc(path, f)":   handle("path", "f"),
		// mux.go Match: a router wraps whatever route matched under it,
		// sub-routers' included, in its middlewares.
		router + ".Use(mwf)":        use("mwf").middleware(AllRoutes),
		router + ".NewRoute()":      group(""),
		route + ".Handler(handler)": use("handler"),
		route + ".HandlerFunc(f)":   use("f"),
		route + ".Subrouter()":      group(""),
	}
	for _, recv := range []string{router, route} {
		r[recv+".Path(tpl)"] = group("tpl")
		r[recv+".PathPrefix(tpl)"] = group("tpl")
		// Matchers that keep the path: a route built from them takes its
		// handler later.
		for m, p := range map[string]string{"Methods": "methods", "Host": "tpl", "Schemes": "schemes", "Headers": "pairs", "Queries": "pairs", "Name": "name"} {
			r[recv+"."+m+"("+p+")"] = group("")
		}
	}
	return r
}
