// Command chimount serves routers built by functions, here and in another
// package, against the real chi: exposure is decided at the root.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"statuslint.test/frameworks/chimount/admin"
)

func main() {
	r := chi.NewRouter()
	r.Mount("/internal", adminRouter())        // chi's README idiom: internal, not flagged
	r.Mount("/internal/admin", admin.Router()) // internal, not flagged
	r.Mount("/admin", admin.Router())          // want `public route "/admin/flags/\{name\}" sends custom status code 460 through admin.Router`
	r.Route("/public", admin.Routes)           // want `public route "/public/reports" sends custom status code 460 through admin.Routes`
	r.Route("/internal/reports", admin.Routes)
	http.ListenAndServe(":8080", r)
}

func adminRouter() chi.Router {
	r := chi.NewRouter()
	r.Get("/stuck", stuck)
	return r
}

func stuck(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // mounted under /internal only: not flagged
}
