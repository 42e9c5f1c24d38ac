// Package api registers codes by directive that the configuration
// (-code flags, or codes in .golangci.yml) registers otherwise: the
// configuration wins, and each directive that disagrees is reported.
package api

import "net/http"

//statuslint:code 460 "Rate Limited" // want `statuslint:code 460 conflicts with its registration in configuration as "Rate Limited" fallback=429, which wins; make them agree or remove one`

//statuslint:code 461 "Fishing" fallback=400 // want `statuslint:code 461 conflicts with its registration in configuration as "Gone Fishing", which wins`

// routes registers the handlers.
func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /limited", limited)
	mux.HandleFunc("GET /fishing", fishing)
}

func limited(w http.ResponseWriter, r *http.Request) {
	// Not flagged: the configuration registers 460 with fallback 429.
	w.WriteHeader(460)
}

func fishing(w http.ResponseWriter, r *http.Request) {
	// The configuration registers 461 without a fallback, and wins.
	w.WriteHeader(461) // want `custom status code 461 is sent on public route "/fishing", but its registration names no standard fallback`
}
