// Package chi runs statuslint on handlers routed by the real chi, with
// go-chi/render.
package chi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

//statuslint:code 460 "Rate Limited"

// router builds the service's routes.
func router() http.Handler {
	r := chi.NewRouter()
	r.Get("/codes", codes)
	r.Route("/api", func(r chi.Router) {
		r.Get("/limited", apiLimited) // "/api/limited"
	})
	r.Route("/internal", func(r chi.Router) {
		r.Post("/limited", internalOnly) // under /internal: no fallback diagnostic
	})
	admin := chi.NewRouter()
	admin.Get("/limited", adminOnly)
	r.Mount("/debug/admin", admin) // under /debug: internal
	return r
}

func codes(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 700) // want `status code 700 passed to render.Status is outside 100–599: render passes it to net/http's WriteHeader, which sends it as is`
	render.Status(r, 499) // want `custom status code 499 passed to render.Status has no registered description`
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, map[string]bool{"ok": true})
}

func apiLimited(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 460) // want `custom status code 460 is sent on public route "/api/limited".*no standard fallback`
	render.PlainText(w, r, "slow down")
}

func internalOnly(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // only reachable under /internal: no fallback diagnostic
}

func adminOnly(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // only reachable under /debug/admin: no fallback diagnostic
}
