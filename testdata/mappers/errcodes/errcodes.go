// Package errcodes maps errors to status codes and imports no HTTP API:
// its mapper still gets a fact for the packages that send its codes.
package errcodes

import "errors"

// ErrCanceled is returned when the client goes away.
var ErrCanceled = errors.New("canceled")

// Status maps err to a status code.
func Status(err error) int {
	switch {
	case err == nil:
		return 200
	case errors.Is(err, ErrCanceled):
		return 499
	}
	return 700
}

// Retries is no mapper of status codes: it returns no code in 100–599.
func Retries() int { return 3 }
