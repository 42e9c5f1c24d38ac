package knowledge

// Chi is github.com/go-chi/chi/v5 with github.com/go-chi/render, on top
// of net/http.
const Chi Runtime = "chi"

const (
	chiPanics = "render passes it to net/http's WriteHeader, which panics (invalid WriteHeader code)"
	chiSends  = "render passes it to net/http's WriteHeader, which sends it as is, but it is not an HTTP status code and clients reject it"
)

// chi: github.com/go-chi/chi/v5@v5.5.0 has no status API of its own.
// Routes: mux.go, receiver the struct *Mux (Handle 109 … Mount 295), and
// the Router interface (chi.go), which callbacks of Route and Group
// receive. github.com/go-chi/render@v1.0.3: Status(r, status) responder.go
// 31 stores the code in the request context, and PlainText, Data, HTML,
// JSON and XML (64-120) pass it to w.WriteHeader unchecked.
var chi = Framework{
	Runtime:  Chi,
	Behavior: Behavior{chiPanics, chiPanics, chiSends, chiPanics},
	Sinks: map[string]int{
		"github.com/go-chi/render.Status": 1,
	},
	Routes: chiRoutes(),
}

func chiRoutes() map[string]Route {
	r := map[string]Route{}
	// The Mux names its handler parameters handlerFn or handler, the
	// Router interface h.
	for recv, h := range map[string][2]string{
		"(*github.com/go-chi/chi/v5.Mux)":   {"handlerFn", "handler"},
		"(github.com/go-chi/chi/v5.Router)": {"h", "h"},
	} {
		fn, handler := h[0], h[1]
		for _, m := range []string{"Connect", "Delete", "Get", "Head", "Options", "Patch", "Post", "Put", "Query", "Trace", "HandleFunc"} {
			r[recv+"."+m+"(pattern, "+fn+")"] = handle("pattern", fn)
		}
		r[recv+".Handle(pattern, "+handler+")"] = handle("pattern", handler)
		r[recv+".Method(method, pattern, "+handler+")"] = handle("pattern", handler)
		r[recv+".MethodFunc(method, pattern, "+fn+")"] = handle("pattern", fn)
		// Mount's handler is often a router: its routes live under the
		// pattern.
		r[recv+".Mount(pattern, "+handler+")"] = handle("pattern", handler)
		r[recv+".Route(pattern, fn)"] = callback("pattern", "fn")
		r[recv+".Group(fn)"] = callback("", "fn")
		r[recv+".With(middlewares)"] = group("").running("middlewares")
		// mux.go: Use panics once the mux has routes, and a sub-router
		// runs under its parent's stack: all routes.
		r[recv+".Use(middlewares)"] = use("middlewares").middleware(AllRoutes)
		r[recv+".NotFound("+fn+")"] = use(fn)
		r[recv+".MethodNotAllowed("+fn+")"] = use(fn)
	}
	return r
}

// chiRenderLifecycle: go-chi/render@v1.0.3 responder.go. Status 31 records
// the code in the request's context (*r = *r.WithContext(…)); JSON 93, XML
// 111, PlainText 62, Data 72 and HTML 82 call w.WriteHeader with the
// recorded code, if any, then write their body: under a recorded 204
// net/http refuses the body. The request carries the recorded status, so
// it is the writer of this model; a later Status replaces the code until
// a render writes it. Render and Respond go through the Respond variable,
// which an application may replace: they are left alone.
var chiRenderLifecycle = Lifecycle{
	Runtime:  Chi,
	Model:    ModelChiRender,
	Writers:  []string{"*net/http.Request"},
	Rules:    Rules{Recorded: true},
	Bodyless: netHTTPBodyless,
	Says:     netHTTPSays,
	Effects: func() map[string]Effect {
		m := map[string]Effect{
			chiRender + "Status": {Writer: 0, Status: 1, Body: None, Key: None},
		}
		for _, r := range chiRenders {
			m[chiRender+r] = Effect{Writer: 1, Status: None, Body: 2, Key: None, Commits: true}
		}
		return m
	}(),
}

// chiRenderWrites: the same renders on the net/http writer they write to
// (with the status recorded on the request, not followed there); NoContent
// 137 sends 204.
var chiRenderWrites = Lifecycle{
	Runtime: Chi,
	Model:   ModelNetHTTP,
	Effects: func() map[string]Effect {
		m := map[string]Effect{
			chiRender + "NoContent": {Writer: 0, Status: None, Code: 204, Body: None, Key: None, Commits: true},
		}
		for _, r := range chiRenders {
			m[chiRender+r] = Effect{Writer: 0, Status: None, Body: 2, Key: None, Commits: true}
		}
		return m
	}(),
}

const chiRender = "github.com/go-chi/render."

// chiRenders are the renders that write the recorded status, then a body
// (their third argument).
var chiRenders = []string{"JSON", "XML", "PlainText", "Data", "HTML"}
