package knowledge

// Kratos is github.com/go-kratos/kratos/v2 over HTTP, which writes through
// net/http.
const Kratos Runtime = "kratos"

// kratos: github.com/go-kratos/kratos/v2@v2.8.3. errors/errors.go: New 68,
// Newf 79, Errorf 84 take the HTTP status first; errors.pb.go: Status.Code
// (int32) 29, embedded in *errors.Error. transport/http/codec.go
// DefaultErrorEncoder 107-118 calls w.WriteHeader(int(se.Code)), so
// errors.New(0, …) panics there. transport/http/context.go: the Context
// interface (22-41) with Result, JSON, XML, String, Blob, Stream, code
// first. Routes: transport/http/server.go Route 244, Handle 249,
// HandlePrefix 254, HandleFunc 259; router.go Group 37, Handle 45,
// GET…TRACE 59-99.
var kratos = Framework{
	Runtime:  Kratos,
	Behavior: Behavior{netHTTPPanics, netHTTPPanics, netHTTPSends, netHTTPPanics},
	Sinks: map[string]int{
		"github.com/go-kratos/kratos/v2/errors.New":                      0,
		"github.com/go-kratos/kratos/v2/errors.Newf":                     0,
		"github.com/go-kratos/kratos/v2/errors.Errorf":                   0,
		"(github.com/go-kratos/kratos/v2/transport/http.Context).Result": 0,
		"(github.com/go-kratos/kratos/v2/transport/http.Context).JSON":   0,
		"(github.com/go-kratos/kratos/v2/transport/http.Context).XML":    0,
		"(github.com/go-kratos/kratos/v2/transport/http.Context).String": 0,
		"(github.com/go-kratos/kratos/v2/transport/http.Context).Blob":   0,
		"(github.com/go-kratos/kratos/v2/transport/http.Context).Stream": 0,
	},
	Fields: []string{
		"github.com/go-kratos/kratos/v2/errors.Status.Code",
	},
	// Status is not itself an error: only the constructors are listed.
	Errors: []string{
		"github.com/go-kratos/kratos/v2/errors.New",
		"github.com/go-kratos/kratos/v2/errors.Newf",
		"github.com/go-kratos/kratos/v2/errors.Errorf",
	},
	Routes: kratosRoutes(),
}

func kratosRoutes() map[string]Route {
	const srv, router = "(*github.com/go-kratos/kratos/v2/transport/http.Server)", "(*github.com/go-kratos/kratos/v2/transport/http.Router)"
	r := map[string]Route{
		srv + ".Route(prefix, filters)":                      group("prefix").running("filters"),
		srv + ".Handle(path, h)":                             handle("path", "h"),
		srv + ".HandleFunc(path, h)":                         handle("path", "h"),
		srv + ".HandlePrefix(prefix, h)":                     handle("prefix", "h"),
		router + ".Group(prefix, filters)":                   group("prefix").running("filters"),
		router + ".Handle(method, relativePath, h, filters)": handle("relativePath", "h").with("filters"),
	}
	// GET(path, h HandlerFunc, m ...FilterFunc): one handler; the
	// filters are middleware and follow it.
	for _, m := range []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE"} {
		r[router+"."+m+"(path, h, m)"] = handle("path", "h").with("m")
	}
	return r
}

// kratosLifecycle: transport/http/context.go. JSON 116, XML 122, String
// 128, Blob 138 and Stream 148 call the net/http writer's WriteHeader(code)
// and then write: the first status wins, and a body under 204 is refused
// (ErrBodyNotAllowed, which the render returns). Response 93 is the net/http
// writer itself; Header 69 is the request's headers, not the response's.
// Result 111 and Returns 104 go through the server's ResponseEncoder, which
// an application may replace: they are left alone.
var kratosLifecycle = Lifecycle{
	Runtime:  Kratos,
	Model:    ModelKratos,
	Writers:  []string{"github.com/go-kratos/kratos/v2/transport/http.Context"},
	Views:    []string{"(github.com/go-kratos/kratos/v2/transport/http.Context).Response"},
	Rules:    Rules{PanicsOutOfRange: true},
	Bodyless: netHTTPBodyless,
	Says:     netHTTPSays,
	Effects: func() map[string]Effect {
		const ctx = "(github.com/go-kratos/kratos/v2/transport/http.Context)."
		m := map[string]Effect{}
		for r, body := range map[string]int{"JSON": 1, "XML": 1, "String": 1, "Blob": 2, "Stream": Unknown} {
			m[ctx+r] = Effect{Writer: AtRecv, Status: 0, Body: body, Key: None, Commits: true, Render: true}
		}
		return m
	}(),
}
