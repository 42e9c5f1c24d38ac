// Package admin builds routers that another package mounts: their exposure
// is decided there, so nothing is reported here.
package admin

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

//statuslint:code 460 "Rate Limited"

// Router returns the admin routes.
func Router() chi.Router {
	r := chi.NewRouter()
	r.Get("/flags/{name}", flag)
	return r
}

// Routes registers the report routes on r.
func Routes(r chi.Router) {
	r.Get("/reports", report)
}

func flag(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // exposure decided by the importer: not flagged here
}

func report(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // exposure decided by the importer: not flagged here
}
