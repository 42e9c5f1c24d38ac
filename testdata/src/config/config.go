// Package config is linted with a configuration: 499 registered with a
// fallback, /private/ as the only internal path, unrouted handlers public.
package config

import "net/http"

//statuslint:code 460 "Rate Limited"

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/private/limited", limited)   // internal by configuration: not flagged
	mux.HandleFunc("/internal/limited", limited2) // /internal/ is no longer internal
}

func limited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460)
}

func limited2(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/internal/limited"`
}

func closed(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(499) // registered by configuration: not flagged
}

func unrouted(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on code that no visible route reaches, public by the unrouted-public option`
}

func outOfRange(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(700) // the range category is disabled: not flagged
}
