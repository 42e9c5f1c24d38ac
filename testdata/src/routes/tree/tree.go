// Package tree covers routers as values inside one package: built and
// returned by functions, held in variables and fields, mounted in several
// places. It is package main: nothing leaves it, so it is its own root.
package main

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

//statuslint:code 460 "Rate Limited"

func main() {
	r := chi.NewRouter()
	r.Mount("/internal", adminRouter()) // chi's README idiom: a router built by a function
	r.Mount("/pub", pubRouter())
	r.Route("/public", shared) // the same callback under two prefixes:
	r.Route("/internal/shared", shared)
	a := &app{router: chi.NewRouter()}
	a.routes()
	r.Mount("/app", a.router)
	sub, _ := subRouter()
	r.Mount("/internal/sub", sub)
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

func pubRouter() http.Handler {
	r := chi.NewRouter()
	r.Get("/x", pub)
	return r
}

func pub(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/pub/x"`
}

func shared(r chi.Router) {
	r.Get("/limits", limits)
}

func limits(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/public/limits"`
}

// app holds its router in a field.
type app struct{ router *chi.Mux }

func (a *app) routes() {
	a.router.Get("/field", field)
}

func field(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/app/field"`
}

// subRouter returns its router and an error: the router is the first
// result.
func subRouter() (*chi.Mux, error) {
	r := chi.NewRouter()
	r.Get("/deep", deep)
	return r, nil
}

func deep(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // mounted under /internal/sub only: not flagged
}
