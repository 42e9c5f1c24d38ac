// Package gorilla exercises statuslint on gorilla/mux routes and
// gorilla/handlers.
package gorilla

import (
	"net/http"
	"os"

	"github.com/gorilla/handlers"
	"github.com/gorilla/mux"
)

//statuslint:code 460 "Rate Limited"

// routes registers the handlers, some on sub-routers.
func routes() http.Handler {
	r := mux.NewRouter()
	r.HandleFunc("/limited", limited).Methods("GET")
	r.Handle("/handled", http.HandlerFunc(handled))
	r.Path("/path").HandlerFunc(path)
	r.Methods("POST").Path("/chained").HandlerFunc(chained) // matchers first, then the path

	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/limited", apiLimited) // "/api/limited"
	v1 := api.PathPrefix("/v1").Subrouter()
	v1.HandleFunc("/limited", v1Limited) // "/api/v1/limited"

	internal := r.PathPrefix("/internal").Subrouter()
	internal.HandleFunc("/limited", internalOnly) // under /internal: no fallback diagnostic

	//statuslint:internal
	ops := r.PathPrefix("/ops").Subrouter()
	ops.HandleFunc("/limited", opsOnly) // the sub-router is marked internal

	r.PathPrefix("/debug/").Handler(http.HandlerFunc(debugOnly)) // under /debug: internal
	r.PathPrefix("/static/").Handler(handlers.CompressHandler(http.HandlerFunc(static)))
	r.Handle("/logged", handlers.LoggingHandler(os.Stdout, http.HandlerFunc(logged)))

	canonical := handlers.CanonicalHost("https://example.com", 700) // want `status code 700 passed to handlers.CanonicalHost is outside 100–599: gorilla/handlers passes it to net/http, which sends it as is`
	_ = handlers.CanonicalHost("https://example.com", 0)            // want `status code 0 passed to handlers.CanonicalHost is outside 100–599: gorilla/handlers passes it to net/http, which panics`
	_ = handlers.CanonicalHost("https://example.com", 499)          // want `custom status code 499 passed to handlers.CanonicalHost has no registered description`
	_ = handlers.CanonicalHost("https://example.com", http.StatusMovedPermanently)
	cors := handlers.CORS(
		handlers.OptionStatusCode(1000), // want `status code 1000 passed to handlers.OptionStatusCode is outside 100–599: gorilla/handlers passes it to net/http, which panics`
		handlers.OptionStatusCode(http.StatusNoContent),
	)
	return cors(canonical(r))
}

func limited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

func handled(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "slow down", 460) // want `custom status code 460 is sent on public route "/handled".*no standard fallback`
}

func path(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/path".*no standard fallback`
}

func chained(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/chained".*no standard fallback`
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

func opsOnly(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // only reachable through a sub-router marked internal: no fallback diagnostic
}

func debugOnly(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // only reachable under /debug/: no fallback diagnostic
}

func static(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/static/".*no standard fallback`
}

func logged(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/logged".*no standard fallback`
}

// writer has WriteHeader but is not an http.ResponseWriter: not a site.
type writer struct{}

func (writer) WriteHeader(code int) {}

func notHTTP(w writer) {
	w.WriteHeader(700) // not a ResponseWriter: not flagged
}

// variable passes a code that is not a constant: it is not guessed.
func variable(code int) func(http.Handler) http.Handler {
	return handlers.CanonicalHost("https://example.com", code)
}
