// Package chi exercises statuslint on chi routes and go-chi/render.
package chi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

//statuslint:code 460 "Rate Limited"
//statuslint:code 529 "Site Overloaded" fallback=503

// routes registers the handlers through callbacks, groups and mounts.
func routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/render", renders)
	r.Get("/limited", limited)
	r.Method("PUT", "/method", http.HandlerFunc(method))
	r.Get("/overloaded", overloaded) // 529 names a fallback: nothing to say

	r.Route("/api", func(r chi.Router) {
		r.Get("/limited", apiLimited) // "/api/limited"
		r.Route("/v1", func(r chi.Router) {
			r.Delete("/limited", v1Limited) // "/api/v1/limited"
		})
	})
	r.Route("/internal/named", internalRoutes) // a callback given by name
	r.Route("/v3", v3Routes)
	r.Route("/internal", func(r chi.Router) {
		r.Post("/limited", internalOnly) // under /internal: no fallback diagnostic
	})
	r.Group(func(r chi.Router) {
		r.Patch("/grouped", grouped) // a group adds no path: "/grouped"
	})
	r.With(middleware).Get("/with", with) // With adds middleware, not a path

	admin := chi.NewRouter()
	admin.Get("/limited", adminOnly) // mounted under /internal/admin below
	r.Mount("/internal/admin", admin)

	v2 := chi.NewRouter()
	v2.Put("/limited", v2Limited) // mounted under /v2 below
	r.Mount("/v2", v2)

	//statuslint:internal
	ops := chi.NewRouter()
	ops.Get("/limited", opsOnly) // the router is marked internal
	r.Mount("/ops", ops)

	r.NotFound(notFound) // answers every unknown path: public
	return r
}

func renders(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 700) // want `status code 700 passed to render.Status is outside 100–599: render passes it to net/http's WriteHeader, which sends it as is`
	render.Status(r, 0)   // want `status code 0 passed to render.Status is outside 100–599: render passes it to net/http's WriteHeader, which panics`
	render.Status(r, 499) // want `custom status code 499 passed to render.Status has no registered description`
	render.Status(r, http.StatusAccepted)
	w.WriteHeader(1000) // want `status code 1000 passed to http.ResponseWriter.WriteHeader is outside 100–599: net/http panics`
	render.JSON(w, r, nil)
}

func limited(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 460) // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
	render.PlainText(w, r, "slow down")
}

func method(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/method".*no standard fallback`
}

func overloaded(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(529) // registered with fallback=503: not flagged
}

func apiLimited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/api/limited".*no standard fallback`
}

func v1Limited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/api/v1/limited".*no standard fallback`
}

func internalOnly(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // only reachable under /internal: no fallback diagnostic
}

func grouped(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/grouped".*no standard fallback`
}

func with(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/with".*no standard fallback`
}

func adminOnly(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // only reachable under /internal/admin: no fallback diagnostic
}

func v2Limited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/v2/limited".*no standard fallback`
}

func opsOnly(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // only reachable through a router marked internal: no fallback diagnostic
}

func notFound(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/".*no standard fallback`
}

func middleware(next http.Handler) http.Handler { return next }

// renderer has render's function name as a method: not a site.
type renderer struct{}

func (renderer) Status(r *http.Request, code int) {}

func notRender(r *http.Request, rd renderer) {
	rd.Status(r, 700) // not go-chi/render: not flagged
	rd.Status(r, 499) // not go-chi/render: not flagged
}

// variable passes a code that is not a constant: it is not guessed.
func variable(r *http.Request, code int) {
	render.Status(r, code)
}

func internalRoutes(r chi.Router) {
	r.Get("/limited", namedInternal) // "/internal/named/limited": internal
}

func namedInternal(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // only under /internal/named: not flagged
}

func v3Routes(r chi.Router) {
	r.Get("/limited", v3Limited)
}

func v3Limited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/v3/limited".*no standard fallback`
}
