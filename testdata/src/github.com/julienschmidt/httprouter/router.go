// Package httprouter is a stub of github.com/julienschmidt/httprouter
// v1.3.0 for statuslint's tests: only the API they use (*Router is a
// struct).
package httprouter

import "net/http"

// Param is a URL parameter.
type Param struct{ Key, Value string }

// Params are the URL parameters of a request.
type Params []Param

// Handle serves a request with its parameters.
type Handle func(http.ResponseWriter, *http.Request, Params)

// Router registers routes.
type Router struct{}

// New returns a new Router.
func New() *Router { return &Router{} }

func (r *Router) GET(path string, handle Handle)                            {}
func (r *Router) HEAD(path string, handle Handle)                           {}
func (r *Router) OPTIONS(path string, handle Handle)                        {}
func (r *Router) POST(path string, handle Handle)                           {}
func (r *Router) PUT(path string, handle Handle)                            {}
func (r *Router) PATCH(path string, handle Handle)                          {}
func (r *Router) DELETE(path string, handle Handle)                         {}
func (r *Router) Handle(method, path string, handle Handle)                 {}
func (r *Router) Handler(method, path string, handler http.Handler)         {}
func (r *Router) HandlerFunc(method, path string, handler http.HandlerFunc) {}
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request)        {}
