// Package app serves routers that other packages build: it is the root,
// and reports their routes at the mounts.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"routes/catalog"
	"routes/flags"
	"routes/wrapped"
)

func main() {
	mux := http.NewServeMux()
	mux.Handle("/internal/", http.StripPrefix("/internal", flags.Handler()))        // mounted under /internal: not flagged
	mux.Handle("/api/catalog/", http.StripPrefix("/api/catalog", catalog.Router())) // want `public route "/api/catalog/products" sends custom status code 460 through catalog.Router, but its registration names no standard fallback`

	r := chi.NewRouter()
	catalog.Register(r) // want `public route "/orders" sends custom status code 470 through catalog.Register`
	mux.Handle("/", r)

	internal := chi.NewRouter()
	catalog.Register(internal) // mounted under /internal/orders below: not flagged
	mux.Handle("/internal/orders/", http.StripPrefix("/internal/orders", internal))

	n, split := catalog.Split()
	mux.Handle("/v2/", http.StripPrefix("/v2", split))                   // want `public route "/v2/split" sends custom status code 460 through catalog.Split`
	mux.Handle("/internal/v2/", http.StripPrefix("/internal/v2", split)) // mounted twice: reported at the public mount only
	_ = n

	mux.Handle("/internal/svc/", http.StripPrefix("/internal/svc", catalog.NewService())) // a router in a field of a returned struct: internal here, not flagged
	mux.Handle("/svc/", http.StripPrefix("/svc", catalog.NewService()))                   // want `public route "/svc/svc" sends custom status code 460 through catalog.NewService`

	// Routers wrapped in middleware by the package that built them: served
	// here, so public here.
	go http.ListenAndServe(":8081", wrapped.Canonical()) // want `public route "/canonical" sends custom status code 460 through wrapped.Canonical, but its registration names no standard fallback`
	go http.ListenAndServe(":8082", wrapped.Logged())    // want `public route "/logged" sends custom status code 460 through wrapped.Logged, but its registration names no standard fallback`
	go http.ListenAndServe(":8083", wrapped.CORS())      // want `public route "/cors" sends custom status code 460 through wrapped.CORS, but its registration names no standard fallback`
	// Mounted under /internal: not flagged.
	mux.Handle("/internal/wrapped/", http.StripPrefix("/internal/wrapped", wrapped.Canonical()))

	http.ListenAndServe(":8080", mux)
}
