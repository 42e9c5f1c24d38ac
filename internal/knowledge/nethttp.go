package knowledge

// NetHTTP is net/http, and the runtime under every framework built on it.
const NetHTTP Runtime = "net/http"

const (
	netHTTPPanics = "net/http panics (invalid WriteHeader code)"
	netHTTPSends  = "net/http sends it as is, but it is not an HTTP status code and clients reject it"
)

// netHTTP: $GOROOT/src/net/http/server.go, checkWriteHeaderCode (100–999),
// Error, Redirect, RedirectHandler, Handle, HandleFunc, StripPrefix.
var netHTTP = Framework{
	Runtime:  NetHTTP,
	Behavior: Behavior{netHTTPPanics, netHTTPPanics, netHTTPSends, netHTTPPanics},
	Sinks: map[string]int{
		// WriteHeader on any type that implements net/http.ResponseWriter
		// is a sink too; it is matched by type, not by name.
		"(net/http.ResponseWriter).WriteHeader": 0,
		"net/http.Error":                        2,
		// Redirect and RedirectHandler: netHTTPRedirect (lifecycle.go).
	},
	Fixed: map[string]int{"net/http.NotFound": 404},
	Routes: map[string]Route{
		"net/http.Handle(pattern, handler)":                 handle("pattern", "handler").pattern(),
		"net/http.HandleFunc(pattern, handler)":             handle("pattern", "handler").pattern(),
		"(*net/http.ServeMux).Handle(pattern, handler)":     handle("pattern", "handler").pattern(),
		"(*net/http.ServeMux).HandleFunc(pattern, handler)": handle("pattern", "handler").pattern(),
	},
	Adapters: map[string]string{
		"net/http.StripPrefix(prefix, h)":     "h",
		"net/http.TimeoutHandler(h, dt, msg)": "h",
		"net/http.MaxBytesHandler(h, n)":      "h",
		// github.com/rs/cors@v1.11.1 cors.go 272, a net/http middleware.
		"(*github.com/rs/cors.Cors).Handler(h)": "h",
	},
	Strips: map[string]string{
		"net/http.StripPrefix(prefix, h)": "prefix",
	},
}
