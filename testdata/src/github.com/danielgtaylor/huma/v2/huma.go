// Package huma is a stub of github.com/danielgtaylor/huma/v2 for
// statuslint's tests: only the API they use, with the real kinds (API and
// Context are interfaces; NewError and NewErrorWithContext are package-level
// variables of func type, not functions).
package huma

import "context"

// Context is the request context of a router adapter.
type Context interface {
	Context() context.Context
	SetStatus(code int)
}

// API is a huma API, or a group of its operations.
type API interface {
	OpenAPI() any
}

// StatusError is an error with an HTTP status.
type StatusError interface {
	GetStatus() int
	Error() string
}

// ErrorModel is the default error body.
type ErrorModel struct {
	Title  string `json:"title,omitempty"`
	Status int    `json:"status,omitempty"`
	Detail string `json:"detail,omitempty"`
}

// GetStatus returns the status.
func (e *ErrorModel) GetStatus() int { return e.Status }

func (e *ErrorModel) Error() string { return e.Detail }

// NewError builds the error sent for status; users may replace it.
var NewError = func(status int, msg string, errs ...error) StatusError {
	return &ErrorModel{Status: status, Detail: msg}
}

// NewErrorWithContext is NewError with the request context.
var NewErrorWithContext = func(_ Context, status int, msg string, errs ...error) StatusError {
	return NewError(status, msg, errs...)
}

// WriteErr writes an error response with status.
func WriteErr(api API, ctx Context, status int, msg string, errs ...error) error { return nil }

// Operation describes an operation.
type Operation struct {
	OperationID   string
	Method        string
	Path          string
	DefaultStatus int
	Errors        []int
	Responses     map[string]*Response
}

// Register registers an operation; the path is op.Path.
func Register[I, O any](api API, op Operation, handler func(context.Context, *I) (*O, error)) {}

// Get registers a GET operation.
func Get[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}

// Post registers a POST operation.
func Post[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}

// Group is a group of operations under prefixes.
type Group struct {
	API
	prefixes []string
}

// NewGroup returns a group of api under every prefix.
func NewGroup(api API, prefixes ...string) *Group { return &Group{API: api, prefixes: prefixes} }

// Response is a documented response.
type Response struct{ Description string }

// OperationTags sets an operation's tags.
func OperationTags(tags ...string) func(o *Operation) { return func(o *Operation) {} }

// Error404NotFound returns a 404 error.
func Error404NotFound(msg string, errs ...error) StatusError { return NewError(404, msg, errs...) }

// Error409Conflict returns a 409 error.
func Error409Conflict(msg string, errs ...error) StatusError { return NewError(409, msg, errs...) }

// Error422UnprocessableEntity returns a 422 error.
func Error422UnprocessableEntity(msg string, errs ...error) StatusError {
	return NewError(422, msg, errs...)
}

// Error500InternalServerError returns a 500 error.
func Error500InternalServerError(msg string, errs ...error) StatusError {
	return NewError(500, msg, errs...)
}

// Delete registers a DELETE operation.
func Delete[I, O any](api API, path string, handler func(context.Context, *I) (*O, error), operationHandlers ...func(o *Operation)) {
}
