// Package runtime is a stub of github.com/grpc-ecosystem/grpc-gateway/v2/runtime
// for statuslint's tests: only the API they use.
package runtime

import "net/http"

// HTTPStatusError overrides the status the default error handler sends.
type HTTPStatusError struct {
	HTTPStatus int
	Err        error
}

func (e *HTTPStatusError) Error() string { return e.Err.Error() }

// HandlerFunc handles a request.
type HandlerFunc func(w http.ResponseWriter, r *http.Request, pathParams map[string]string)

// ServeMux is the gateway's router.
type ServeMux struct{}

// NewServeMux returns a ServeMux.
func NewServeMux() *ServeMux { return &ServeMux{} }

// HandlePath registers h for meth and pathPattern.
func (s *ServeMux) HandlePath(meth string, pathPattern string, h HandlerFunc) error { return nil }

// ServeHTTP serves a request.
func (s *ServeMux) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
