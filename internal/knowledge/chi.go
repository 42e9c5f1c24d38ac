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
	for _, recv := range []string{
		"(*github.com/go-chi/chi/v5.Mux)",
		"(github.com/go-chi/chi/v5.Router)",
	} {
		for _, m := range []string{"Connect", "Delete", "Get", "Head", "Options", "Patch", "Post", "Put", "Query", "Trace", "Handle", "HandleFunc"} {
			r[recv+"."+m] = Route{Path: 0, Handlers: 1, Func: -1}
		}
		r[recv+".Method"] = Route{Path: 1, Handlers: 2, Func: -1}
		r[recv+".MethodFunc"] = Route{Path: 1, Handlers: 2, Func: -1}
		// Mount's handler is often a router: its routes live under the
		// pattern.
		r[recv+".Mount"] = Route{Path: 0, Handlers: 1, Func: -1}
		r[recv+".Route"] = Route{Path: 0, Handlers: -1, Router: true, Func: 1}
		r[recv+".Group"] = Route{Path: -1, Handlers: -1, Router: true, Func: 0}
		r[recv+".With"] = Route{Path: -1, Handlers: 0, Router: true, Func: -1}
		r[recv+".Use"] = Route{Path: -1, Handlers: 0, Func: -1}
		r[recv+".NotFound"] = Route{Path: -1, Handlers: 0, Func: -1}
		r[recv+".MethodNotAllowed"] = Route{Path: -1, Handlers: 0, Func: -1}
	}
	return r
}
