// Package fixes covers where the registration fix inserts its directive.
package fixes

import web "net/http"

// StatusClientClosedRequest is sent when the client went away first.
const StatusClientClosedRequest = 499

const (
	// StatusLoginTimeout is IIS's.
	StatusLoginTimeout = 440

	statusOther = 477
)

//statuslint:code 460 "Rate Limited"

// routes registers limited.
func routes(mux *web.ServeMux) { mux.HandleFunc("/limited", limited) }

func limited(w web.ResponseWriter, r *web.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/limited"`
}

func handle(w web.ResponseWriter, r *web.Request) {
	w.WriteHeader(StatusClientClosedRequest) // want `custom status code 499 passed to http.ResponseWriter.WriteHeader has no registered description`
	w.WriteHeader(StatusLoginTimeout)        // want `custom status code 440 passed to http.ResponseWriter.WriteHeader has no registered description`
	w.WriteHeader(statusOther)               // want `custom status code 477 passed to http.ResponseWriter.WriteHeader has no registered description`
}
