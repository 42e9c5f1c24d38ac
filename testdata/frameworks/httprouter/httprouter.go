// Package httprouter runs statuslint on handlers routed by the real
// httprouter.
package httprouter

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
)

//statuslint:code 460 "Rate Limited"

// router builds the service's routes.
func router() http.Handler {
	r := httprouter.New()
	r.GET("/limited", limited)
	r.Handler(http.MethodPost, "/codes", http.HandlerFunc(codes))
	r.GET("/internal/limited", internalOnly) // under /internal: no fallback diagnostic
	return r
}

func limited(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

func codes(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(700)         // want `status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599: net/http sends it as is`
	http.Error(w, "gone", 499) // want `custom status code 499 passed to http.Error has no registered description`
}

func internalOnly(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(460) // only reachable under /internal: no fallback diagnostic
}
