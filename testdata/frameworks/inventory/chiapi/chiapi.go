// Package chiapi builds a chi router.
package chiapi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

//statuslint:code 499 "Client Closed Request" fallback=400

// Router returns the users router.
func Router() chi.Router {
	r := chi.NewRouter()
	r.Route("/users", func(r chi.Router) {
		r.Get("/{id}", getUser)
		r.Delete("/{id}", deleteUser)
	})
	return r
}

func getUser(w http.ResponseWriter, r *http.Request) {
	if chi.URLParam(r, "id") == "" {
		http.Error(w, "no id", http.StatusBadRequest)
		return
	}
	if r.Context().Err() != nil {
		w.WriteHeader(499)
		return
	}
	http.NotFound(w, r)
}

func deleteUser(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}
