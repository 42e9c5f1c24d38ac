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
	Adapters: map[string]int{
		"github.com/gorilla/handlers.CompressHandler":           0,
		"github.com/gorilla/handlers.CompressHandlerLevel":      0,
		"github.com/gorilla/handlers.ContentTypeHandler":        0,
		"github.com/gorilla/handlers.HTTPMethodOverrideHandler": 0,
		"github.com/gorilla/handlers.ProxyHeaders":              0,
		"github.com/gorilla/handlers.LoggingHandler":            1,
		"github.com/gorilla/handlers.CombinedLoggingHandler":    1,
		"github.com/gorilla/handlers.CustomLoggingHandler":      1,
	},
}

func gorillaRoutes() map[string]Route {
	const router, route = "(*github.com/gorilla/mux.Router)", "(*github.com/gorilla/mux.Route)"
	r := map[string]Route{
		router + ".Handle":     {Path: 0, Handlers: 1, Func: -1},
		router + ".HandleFunc": {Path: 0, Handlers: 1, Func: -1},
		router + ".Use":        {Path: -1, Handlers: 0, Func: -1},
		router + ".NewRoute":   {Path: -1, Handlers: -1, Router: true, Func: -1},
		route + ".Handler":     {Path: -1, Handlers: 0, Func: -1},
		route + ".HandlerFunc": {Path: -1, Handlers: 0, Func: -1},
		route + ".Subrouter":   {Path: -1, Handlers: -1, Router: true, Func: -1},
	}
	for _, recv := range []string{router, route} {
		r[recv+".Path"] = Route{Path: 0, Handlers: -1, Router: true, Func: -1}
		r[recv+".PathPrefix"] = Route{Path: 0, Handlers: -1, Router: true, Func: -1}
		// Matchers that keep the path: a route built from them takes its
		// handler later.
		for _, m := range []string{"Methods", "Host", "Schemes", "Headers", "Queries", "Name"} {
			r[recv+"."+m] = Route{Path: -1, Handlers: -1, Router: true, Func: -1}
		}
	}
	return r
}
