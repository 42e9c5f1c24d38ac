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
		"(*github.com/julienschmidt/httprouter.Router).GET":         {Path: 0, Handlers: 1, Func: -1},
		"(*github.com/julienschmidt/httprouter.Router).HEAD":        {Path: 0, Handlers: 1, Func: -1},
		"(*github.com/julienschmidt/httprouter.Router).OPTIONS":     {Path: 0, Handlers: 1, Func: -1},
		"(*github.com/julienschmidt/httprouter.Router).POST":        {Path: 0, Handlers: 1, Func: -1},
		"(*github.com/julienschmidt/httprouter.Router).PUT":         {Path: 0, Handlers: 1, Func: -1},
		"(*github.com/julienschmidt/httprouter.Router).PATCH":       {Path: 0, Handlers: 1, Func: -1},
		"(*github.com/julienschmidt/httprouter.Router).DELETE":      {Path: 0, Handlers: 1, Func: -1},
		"(*github.com/julienschmidt/httprouter.Router).Handle":      {Path: 1, Handlers: 2, Func: -1},
		"(*github.com/julienschmidt/httprouter.Router).Handler":     {Path: 1, Handlers: 2, Func: -1},
		"(*github.com/julienschmidt/httprouter.Router).HandlerFunc": {Path: 1, Handlers: 2, Func: -1},
	},
}
