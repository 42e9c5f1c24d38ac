// Package mux is a stub of github.com/gorilla/mux v1.8.1 for statuslint's
// tests: only the API they use (*Router and *Route are structs).
package mux

import "net/http"

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(http.Handler) http.Handler

// Router registers routes.
type Router struct{}

// NewRouter returns a new Router.
func NewRouter() *Router { return &Router{} }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) NewRoute() *Route                                   { return &Route{} }
func (r *Router) Handle(path string, handler http.Handler) *Route    { return &Route{} }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return &Route{}
}
func (r *Router) Methods(methods ...string) *Route { return &Route{} }
func (r *Router) Path(tpl string) *Route           { return &Route{} }
func (r *Router) PathPrefix(tpl string) *Route     { return &Route{} }
func (r *Router) Host(tpl string) *Route           { return &Route{} }
func (r *Router) Use(mwf ...MiddlewareFunc)        {}

// Route is a route: matchers, then a handler or a sub-router.
type Route struct{}

func (r *Route) Handler(handler http.Handler) *Route                           { return r }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route { return r }
func (r *Route) Methods(methods ...string) *Route                              { return r }
func (r *Route) Path(tpl string) *Route                                        { return r }
func (r *Route) PathPrefix(tpl string) *Route                                  { return r }
func (r *Route) Host(tpl string) *Route                                        { return r }
func (r *Route) Schemes(schemes ...string) *Route                              { return r }
func (r *Route) Name(name string) *Route                                       { return r }
func (r *Route) Subrouter() *Router                                            { return &Router{} }

// Vars returns the route variables of r.
func Vars(r *http.Request) map[string]string { return nil }
