// Package chiapi builds a chi router.
package chiapi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

//statuslint:code 499 "Client Closed Request" fallback=400

// Router returns the users router. Its middleware runs for every route,
// the sub-router's too.
func Router() chi.Router {
	r := chi.NewRouter()
	r.Use(authenticate)
	r.Get("/version", version)
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

// authenticate answers 401 without a token.
func authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// version sends no code itself: it is listed with its middleware's.
func version(w http.ResponseWriter, r *http.Request) {
	_, _ = w.Write([]byte("1"))
}
