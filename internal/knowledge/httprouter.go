package knowledge

// HTTPRouter is github.com/julienschmidt/httprouter, on top of net/http.
const HTTPRouter Runtime = "httprouter"

// httpRouter: github.com/julienschmidt/httprouter@v1.3.0 has no status
// API; user code calls WriteHeader on the http.ResponseWriter of a Handle
// func(w, r, Params) (router.go 88). Routes: router.go, receiver the
// struct *Router: GET … DELETE 202-232, Handle 244, Handler 267,
// HandlerFunc 282.
var httpRouter = Framework{
	Runtime:  HTTPRouter,
	Behavior: Behavior{netHTTPPanics, netHTTPPanics, netHTTPSends, netHTTPPanics},
	Routes: map[string]Route{
		"(*github.com/julienschmidt/httprouter.Router).GET(path, handle)":                  handle("path", "handle"),
		"(*github.com/julienschmidt/httprouter.Router).HEAD(path, handle)":                 handle("path", "handle"),
		"(*github.com/julienschmidt/httprouter.Router).OPTIONS(path, handle)":              handle("path", "handle"),
		"(*github.com/julienschmidt/httprouter.Router).POST(path, handle)":                 handle("path", "handle"),
		"(*github.com/julienschmidt/httprouter.Router).PUT(path, handle)":                  handle("path", "handle"),
		"(*github.com/julienschmidt/httprouter.Router).PATCH(path, handle)":                handle("path", "handle"),
		"(*github.com/julienschmidt/httprouter.Router).DELETE(path, handle)":               handle("path", "handle"),
		"(*github.com/julienschmidt/httprouter.Router).Handle(method, path, handle)":       handle("path", "handle"),
		"(*github.com/julienschmidt/httprouter.Router).Handler(method, path, handler)":     handle("path", "handler"),
		"(*github.com/julienschmidt/httprouter.Router).HandlerFunc(method, path, handler)": handle("path", "handler"),
	},
}
