// Package app reads statuses from tables, methods and unkeyed literals.
package app

import (
	"errors"
	"net/http"

	"shapes/errs"
)

// appError is built with unkeyed literals; its getter is read at a site.
type appError struct {
	err  error
	msg  string
	code int
}

func (e *appError) Error() string { return e.msg }

func (e *appError) StatusCode() int { return e.code }

func find(id string) error {
	if id == "" {
		return &appError{errs.ErrFrozen, "Record is frozen", 485} // want `custom status code 485 stored in appError.code has no registered description`
	}
	if id == "gone" {
		return &appError{errs.ErrGone, "gone", 0} // 0: the unset mark of a status field, not flagged
	}
	return nil
}

// point has integer fields that no site reads: not flagged.
type point struct{ x, y int }

var origin = point{1000, 2}

var errArchived = errors.New("archived")

// errStatus is a status table of this package: each value is reported
// where it stands.
var errStatus = map[error]int{
	errArchived:    476, // want `custom status code 476 passed to http.ResponseWriter.WriteHeader has no registered description`
	errs.ErrFrozen: http.StatusConflict,
}

// counts is written by count: not a table.
var counts = map[error]int{errArchived: 477}

func count(err error) { counts[err]++ }

// filled is handed to a function, which may change it: not a table.
var filled = map[error]int{errArchived: 480}

func fill(m map[error]int) {}

func handler(w http.ResponseWriter, r *http.Request) {
	err := find(r.URL.Path)
	var se interface{ StatusCode() int }
	if errors.As(err, &se) {
		// The implementations in this program: *appError (its field code
		// is a status field), errs.TooManyTerms (473, through its fact),
		// *errs.APIError (a getter of another package: not followed) and
		// errs.Size (no status code: left out).
		w.WriteHeader(se.StatusCode()) // want `custom status code 473 returned by errs.TooManyTerms.StatusCode and passed to http.ResponseWriter.WriteHeader has no registered description`
	}
	w.WriteHeader(errStatus[err])
	if code, ok := errStatus[err]; ok {
		w.WriteHeader(code)
	}
	w.WriteHeader(errs.Status[err])  // want `custom status code 478 returned by errs.Status\[…\] and passed to http.ResponseWriter.WriteHeader has no registered description`
	w.WriteHeader(errs.Mutable[err]) // written by errs.Override: no fact, unknown
	w.WriteHeader(counts[err])       // written here: unknown
	fill(filled)
	w.WriteHeader(filled[err])                      // escapes to fill: unknown
	w.WriteHeader(errs.Sizes["small"])              // no fact: unknown
	w.WriteHeader(errs.TooManyTerms{}.StatusCode()) // want `custom status code 473 returned by errs.TooManyTerms.StatusCode`
	_ = origin
}
