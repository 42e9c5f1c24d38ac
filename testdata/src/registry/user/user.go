// Package user sends codes registered in codes, which it imports only
// through middle.
package user

import (
	"net/http"

	"registry/codes"
	"registry/middle"
)

func handle(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(middle.Closed)                 // registered in codes (a dependency of a dependency): not flagged
	w.WriteHeader(520)                           // registered in codes: not flagged
	w.WriteHeader(codes.StatusUnregistered)      // want `custom status code 477 passed to http.ResponseWriter.WriteHeader has no registered description`
	w.WriteHeader(codes.StatusRateLimited)       // registered; not on a route, so no fallback diagnostic
	w.WriteHeader(codes.StatusRateLimited + 100) // want `custom status code 560 passed to http.ResponseWriter.WriteHeader has no registered description`
}
