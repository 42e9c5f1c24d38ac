// Package quota declares an error that implements apierr.StatusCoder
// with a standard code only.
package quota

import "net/http"

// Exhausted is a quota error.
type Exhausted struct{}

func (Exhausted) Error() string { return "quota exhausted" }

// StatusCode returns the status of the error.
func (Exhausted) StatusCode() int { return http.StatusTooManyRequests }
