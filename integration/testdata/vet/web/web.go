// Package web registers the routes; it imports codes only through api.
package web

import (
	"net/http"

	"example.com/vetfixture/api"
)

// routes registers the service's handlers.
func routes(mux *http.ServeMux) {
	// Not flagged: 499 and 460 name a fallback.
	mux.HandleFunc("GET /cancel", api.Cancel)
	mux.HandleFunc("GET /forwarded", api.Forwarded) // want `public route "/forwarded" sends custom status code 463 .*through api\.Forwarded, but its registration names no standard fallback`
	// Not flagged: /internal/ routes are not public.
	mux.HandleFunc("GET /internal/forwarded", api.Forwarded)
}

// Teapot sends 460 directly.
func Teapot(w http.ResponseWriter, r *http.Request) {
	// Not flagged: the registration in codes holds transitively.
	w.WriteHeader(460)
}
