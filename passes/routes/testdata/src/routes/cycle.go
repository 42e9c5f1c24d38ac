package routes

import "net/http"

// Router wraps a ServeMux in a struct field, as many services do. Its
// Mount mounts one Router's mux into another's: the same field on both
// sides, which must not make the route tree a cycle.
type Router struct{ mux *http.ServeMux }

// Mount serves sub under pattern.
func (r *Router) Mount(pattern string, sub *Router) {
	r.mux.Handle(pattern, http.StripPrefix(pattern, sub.mux))
}

// Get registers h.
func (r *Router) Get(pattern string, h http.HandlerFunc) {
	r.mux.HandleFunc(pattern, h) // the pattern is not a constant: exposure unknown
}
