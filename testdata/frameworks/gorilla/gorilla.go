// Package gorilla runs statuslint on handlers routed by the real
// gorilla/mux, with gorilla/handlers.
package gorilla

import (
	"net/http"

	"github.com/gorilla/handlers"
	"github.com/gorilla/mux"
)

//statuslint:code 460 "Rate Limited"

// router builds the service's routes.
func router() http.Handler {
	r := mux.NewRouter()
	r.HandleFunc("/limited", limited).Methods(http.MethodGet)
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/limited", apiLimited) // "/api/limited"
	internal := r.PathPrefix("/internal").Subrouter()
	internal.HandleFunc("/limited", internalOnly) // under /internal: no fallback diagnostic

	canonical := handlers.CanonicalHost("https://example.com", 700) // want `status code 700 passed to handlers.CanonicalHost is outside 100–599: gorilla/handlers passes it to net/http, which sends it as is`
	cors := handlers.CORS(handlers.OptionStatusCode(499))           // want `custom status code 499 passed to handlers.OptionStatusCode has no registered description`
	return cors(canonical(r))
}

func limited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

func apiLimited(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "slow down", 460) // want `custom status code 460 is sent on public route "/api/limited".*no standard fallback`
}

func internalOnly(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // only reachable under /internal: no fallback diagnostic
}
