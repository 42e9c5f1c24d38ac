// Package errors is a stub of github.com/go-kratos/kratos/v2/errors for
// statuslint's tests: only the API they use.
package errors

// Status is the error's wire form; Code is the HTTP status.
type Status struct {
	Code    int32
	Reason  string
	Message string
}

// Error is a kratos error.
type Error struct {
	Status
	cause error
}

func (e *Error) Error() string { return e.Message }

// New returns an error with the HTTP status code.
func New(code int, reason, message string) *Error {
	return &Error{Status: Status{Code: int32(code), Reason: reason, Message: message}}
}

// Newf is New with a formatted message.
func Newf(code int, reason, format string, a ...interface{}) *Error { return New(code, reason, format) }

// Errorf is New with a formatted message, as an error.
func Errorf(code int, reason, format string, a ...interface{}) error {
	return New(code, reason, format)
}
