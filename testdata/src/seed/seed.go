// Package seed is the seed case: the three checks on a small net/http
// service.
package seed

import "net/http"

//statuslint:code 460 "Rate Limited"

// routes registers the service's handlers.
func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /limited", limited)
	mux.HandleFunc("GET /cancel", cancel)
	mux.HandleFunc("GET /broken", broken)
}

// limited sends 460 to clients that exceed their quota. 460 is registered,
// but names no fallback: a client that does not know it takes it for 400,
// while the right answer is 429 with a message body.
func limited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/limited", but its registration names no standard fallback`
}

func cancel(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "client went away", 499) // want `custom status code 499 passed to http.Error has no registered description`
}

func broken(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(700) // want `status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599: net/http sends it as is`
}
