// Package apierr declares a named status interface and an error that
// implements it, for a handler of another package that asserts to it.
package apierr

// StatusCoder is an error with a status.
type StatusCoder interface{ StatusCode() int }

// Throttled returns a custom code from its StatusCode method.
type Throttled struct{}

func (Throttled) Error() string { return "throttled" }

// StatusCode returns the status of the error.
func (Throttled) StatusCode() int { return 462 }
