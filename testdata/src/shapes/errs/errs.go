// Package errs declares errors that carry status codes: a status table,
// methods that return a code, and a getter of a status field.
package errs

import (
	"errors"
	"net/http"
)

// ErrFrozen and ErrGone are lookup failures.
var (
	ErrFrozen = errors.New("frozen")
	ErrGone   = errors.New("gone")
)

// Status is a status table: a map literal that nothing writes.
var Status = map[error]int{
	ErrFrozen: 478,
	ErrGone:   http.StatusGone,
}

// Mutable is changed by Override: not a table.
var Mutable = map[error]int{ErrFrozen: 479}

// Override changes Mutable.
func Override(err error, code int) { Mutable[err] = code }

// Sizes holds no status code: no fact.
var Sizes = map[string]int{"small": 1, "large": 3}

// TooManyTerms returns a constant from its StatusCode method.
type TooManyTerms struct{}

func (TooManyTerms) Error() string { return "too many terms" }

// StatusCode returns the status of the error.
func (TooManyTerms) StatusCode() int { return 473 } // want `custom status code 473 returned by TooManyTerms\.StatusCode and passed to http.ResponseWriter.WriteHeader has no registered description`

// APIError carries its status in a field that its getter returns.
type APIError struct {
	Code int
	Msg  string
}

func (e *APIError) Error() string { return e.Msg }

// StatusCode returns e.Code.
func (e *APIError) StatusCode() int { return e.Code }

// ErrLocked is an APIError: its code is checked because a site reads the
// getter through StatusCoder.
var ErrLocked = &APIError{Code: 474, Msg: "locked"} // want `custom status code 474 stored in APIError.Code has no registered description`

// Size is an unrelated method of the same name: it returns no status code,
// so it does not count as an implementation.
type Size struct{}

// StatusCode returns a count.
func (Size) StatusCode() int { return 7 }

// StatusCoder is an error with a status.
type StatusCoder interface{ StatusCode() int }

// Write sends the status of err.
func Write(w http.ResponseWriter, err StatusCoder) {
	w.WriteHeader(err.StatusCode())
}
