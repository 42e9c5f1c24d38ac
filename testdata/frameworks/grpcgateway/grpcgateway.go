// Package grpcgateway exercises statuslint on grpc-gateway, whose
// HTTPStatusError carries the status its error handler sends.
package grpcgateway

import (
	"errors"
	"net/http"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
)

//statuslint:code 460 "Rate Limited"

// routes registers the handlers.
func routes(mux *runtime.ServeMux) {
	_ = mux.HandlePath(http.MethodGet, "/limited", limited)
	_ = mux.HandlePath(http.MethodGet, "/internal/limited", internalOnly) // under /internal: no fallback diagnostic
}

var errGone = errors.New("gone")

// Errors builds errors that override the status.
func Errors() []error {
	return []error{
		&runtime.HTTPStatusError{HTTPStatus: 700, Err: errGone},             // want `status code 700 .*outside 100–599: net/http sends it as is`
		&runtime.HTTPStatusError{HTTPStatus: 499, Err: errGone},             // want `custom status code 499 .*has no registered description`
		&runtime.HTTPStatusError{HTTPStatus: http.StatusGone, Err: errGone}, // standard: not flagged
		&runtime.HTTPStatusError{Err: errGone},                              // no status: not flagged
	}
}

// Set assigns the field.
func Set(e *runtime.HTTPStatusError) {
	e.HTTPStatus = 0 // want `status code 0 .*outside 100–599: net/http panics`
}

func limited(w http.ResponseWriter, r *http.Request, _ map[string]string) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

func internalOnly(w http.ResponseWriter, r *http.Request, _ map[string]string) {
	w.WriteHeader(460) // only reachable under /internal
}

// statusError looks like HTTPStatusError, but it is this package's.
type statusError struct{ HTTPStatus int }

func useLookAlike() {
	_ = statusError{HTTPStatus: 700} // not grpc-gateway: not flagged
}
