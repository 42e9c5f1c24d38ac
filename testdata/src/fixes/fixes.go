// Package fixes covers the suggested fixes: where the registration fix
// inserts its directive, and the fallback fix, which adds fallback= to a
// directive of the package and never changes the code a handler sends.
package fixes

import (
	web "net/http"

	_ "fixes/codes"
)

// StatusClientClosedRequest is sent when the client went away first.
const StatusClientClosedRequest = 499

const (
	// StatusLoginTimeout is IIS's.
	StatusLoginTimeout = 440

	statusOther = 477
)

//statuslint:code 460 "Rate Limited"

//statuslint:code 462 "Slow Down" // a trailing comment stays after the option

// StatusTeapotish is registered in its doc comment, CODE left out.
//
//statuslint:code "Teapotish"
const StatusTeapotish = 464

// routes registers the handlers.
func routes(mux *web.ServeMux) {
	mux.HandleFunc("/limited", limited)
	mux.HandleFunc("/slow", slow)
	mux.HandleFunc("/teapot", teapot)
	mux.HandleFunc("/shared", shared)
}

// limited keeps sending 460: the fix adds fallback=400 to its directive.
func limited(w web.ResponseWriter, r *web.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/limited"`
}

func slow(w web.ResponseWriter, r *web.Request) {
	w.WriteHeader(462) // want `custom status code 462 is sent on public route "/slow"`
}

func teapot(w web.ResponseWriter, r *web.Request) {
	w.WriteHeader(StatusTeapotish) // want `custom status code 464 is sent on public route "/teapot"`
}

// shared sends a code that package codes registers: no fix here, as the
// registration is not in this package.
func shared(w web.ResponseWriter, r *web.Request) {
	w.WriteHeader(465) // want `custom status code 465 is sent on public route "/shared"`
}

// quiet is routed by a test only.
func quiet(w web.ResponseWriter, r *web.Request) {
	w.WriteHeader(460)
}

func handle(w web.ResponseWriter, r *web.Request) {
	w.WriteHeader(StatusClientClosedRequest) // want `custom status code 499 passed to http.ResponseWriter.WriteHeader has no registered description`
	w.WriteHeader(StatusLoginTimeout)        // want `custom status code 440 passed to http.ResponseWriter.WriteHeader has no registered description`
	w.WriteHeader(statusOther)               // want `custom status code 477 passed to http.ResponseWriter.WriteHeader has no registered description`
	w.WriteHeader(520)                       // want `custom status code 520 passed to http.ResponseWriter.WriteHeader has no registered description`
}
