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
	Routes: kratosRoutes(),
}

func kratosRoutes() map[string]Route {
	const srv, router = "(*github.com/go-kratos/kratos/v2/transport/http.Server)", "(*github.com/go-kratos/kratos/v2/transport/http.Router)"
	r := map[string]Route{
		srv + ".Route":        {Path: 0, Handlers: -1, Router: true, Func: -1},
		srv + ".Handle":       {Path: 0, Handlers: 1, Func: -1},
		srv + ".HandleFunc":   {Path: 0, Handlers: 1, Func: -1},
		srv + ".HandlePrefix": {Path: 0, Handlers: 1, Func: -1},
		router + ".Group":     {Path: 0, Handlers: -1, Router: true, Func: -1},
		router + ".Handle":    {Path: 1, Handlers: 2, Func: -1},
	}
	// GET(path, h HandlerFunc, m ...FilterFunc): one handler; the
	// filters are middleware and follow it.
	for _, m := range []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "CONNECT", "OPTIONS", "TRACE"} {
		r[router+"."+m] = Route{Path: 0, Handlers: 1, Func: -1}
	}
	return r
}
