// want package:"hasFacts"

// Package respond holds the helpers that hide status codes: wrappers,
// mappers and an error type with a status field.
package respond

import (
	"encoding/json"
	"errors"
	"net/http"
)

// StatusClientClosedRequest is nginx's code for a client that went away.
//
//statuslint:code "Client Closed Request" fallback=400
const StatusClientClosedRequest = 499

// ErrCanceled is returned when the client goes away.
var ErrCanceled = errors.New("canceled")

// JSON writes v with status code: code flows into WriteHeader.
func JSON(w http.ResponseWriter, code int, v any) { // want JSON:`wrapper\(1:net/http\)`
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// Error writes err through JSON: a wrapper of a wrapper.
func Error(w http.ResponseWriter, err error, code int) { // want Error:`wrapper\(2:net/http\)`
	JSON(w, code, map[string]string{"error": err.Error()})
}

// Generic is a generic wrapper.
func Generic[T any](w http.ResponseWriter, code int, v T) { // want Generic:`wrapper\(1:net/http\)`
	JSON(w, code, v)
}

// StatusFor maps errors to codes: a mapper.
func StatusFor(err error) int { // want StatusFor:`returns\(477, 500, 700\)`
	switch {
	case errors.Is(err, ErrCanceled):
		return 477
	case err == nil:
		return 700
	}
	return http.StatusInternalServerError
}

// Fail reports err with the code StatusFor gives.
func Fail(w http.ResponseWriter, err error) {
	JSON(w, StatusFor(err), nil) // the constants are reported at StatusFor's returns
}

// Count returns a constant that is no status code: no fact.
func Count() int { return 3 }

// APIError carries its status in a field.
type APIError struct {
	Status  int // want Status:`statusField\(net/http\)`
	Message string
}

func (e *APIError) Error() string { return e.Message }

// Write sends e: its Status field is read at a site.
func (e *APIError) Write(w http.ResponseWriter) {
	http.Error(w, e.Message, e.Status)
}

// ErrGone is a ready-made APIError.
var ErrGone = &APIError{Status: 498, Message: "token expired"}

// Reset clears e for reuse: the zero value of a field found read at a
// site is the "unset" mark its readers test for, not a code sent.
func (e *APIError) Reset() {
	e.Status = 0 // a reset: not flagged
}

// WriteCode defaults a zero code before sending it: the caller's code
// reaches WriteHeader only when it is not 0, so WriteCode is a wrapper
// whose callers' 0 is not a code sent.
func WriteCode(w http.ResponseWriter, code int) { // want WriteCode:`wrapper\(1:net/http if !=0\)`
	if code == 0 {
		code = http.StatusOK
	}
	w.WriteHeader(code)
}

// Unrelated has a Status field that no site reads: not a status field.
type Unrelated struct{ Status int }

var _ = Unrelated{Status: 700} // not a status field: not flagged
