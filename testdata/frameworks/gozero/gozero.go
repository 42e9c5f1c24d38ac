// Package gozero exercises statuslint on go-zero, whose routes are
// rest.Route struct literals.
package gozero

import (
	"net/http"

	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

//statuslint:code 460 "Rate Limited"

// routes registers the handlers.
func routes(s *rest.Server) {
	s.AddRoute(rest.Route{Method: http.MethodGet, Path: "/json", Handler: writeJSON})
	s.AddRoutes([]rest.Route{
		{Method: http.MethodGet, Path: "/limited", Handler: limited},
	})
	s.AddRoutes([]rest.Route{
		{Method: http.MethodGet, Path: "/limits", Handler: prefixed},
	}, rest.WithPrefix("/api/v1"))
	s.AddRoutes([]rest.Route{
		{Method: http.MethodGet, Path: "/limits", Handler: internalOnly},
	}, rest.WithPrefix("/internal"))
}

func writeJSON(w http.ResponseWriter, r *http.Request) {
	httpx.WriteJson(w, 700, nil)                  // want `status code 700 .*outside 100–599: net/http sends it as is`
	httpx.WriteJson(w, 499, nil)                  // want `custom status code 499 .*has no registered description`
	httpx.WriteJsonCtx(r.Context(), w, 1000, nil) // want `status code 1000 .*outside 100–599: net/http panics`
	httpx.WriteJsonCtx(r.Context(), w, 499, nil)  // want `custom status code 499 .*has no registered description`
	httpx.WriteJson(w, http.StatusOK, nil)        // standard: not flagged
	httpx.OkJson(w, nil)                          // no code: not a site
}

// limited sends 460 on a public route, declared as a struct literal.
func limited(w http.ResponseWriter, r *http.Request) {
	httpx.WriteJson(w, 460, nil) // want `custom status code 460 is sent on public route "/limited"`
}

func prefixed(w http.ResponseWriter, r *http.Request) {
	httpx.WriteJson(w, 460, nil) // want `custom status code 460 is sent on public route "/api/v1/limits"`
}

func internalOnly(w http.ResponseWriter, r *http.Request) {
	httpx.WriteJson(w, 460, nil) // under the prefix /internal: not flagged
}

// unknown is not flagged: the code is not a constant.
func unknown(w http.ResponseWriter, code int) { httpx.WriteJson(w, code, nil) }

// writeJson is a look-alike in this package.
func writeJson(w http.ResponseWriter, code int, v any) {}

func useLookAlike(w http.ResponseWriter) {
	writeJson(w, 700, nil) // not go-zero, and code never reaches a status site: not flagged
}
