// Package http is a stub of github.com/go-kratos/kratos/v2/transport/http
// for statuslint's tests: only the API they use, with the real receiver
// kinds (Context is an interface; *Server and *Router are structs).
package http

import (
	"io"
	"net/http"
)

// Context is the request context.
type Context interface {
	Result(int, interface{}) error
	JSON(int, interface{}) error
	XML(int, interface{}) error
	String(int, string) error
	Blob(int, string, []byte) error
	Stream(int, string, io.Reader) error
}

// HandlerFunc handles a request.
type HandlerFunc func(Context) error

// FilterFunc is middleware.
type FilterFunc func(http.Handler) http.Handler

// Server is an HTTP server.
type Server struct{}

// NewServer returns a server.
func NewServer() *Server { return &Server{} }

// Route returns a router under prefix.
func (s *Server) Route(prefix string, filters ...FilterFunc) *Router { return &Router{prefix: prefix} }

// Handle registers a net/http handler.
func (s *Server) Handle(path string, h http.Handler) {}

// HandleFunc registers a net/http handler function.
func (s *Server) HandleFunc(path string, h http.HandlerFunc) {}

// HandlePrefix registers a net/http handler for a path prefix.
func (s *Server) HandlePrefix(prefix string, h http.Handler) {}

// Router is a group of routes under a prefix.
type Router struct{ prefix string }

// Group returns a router under prefix.
func (r *Router) Group(prefix string, filters ...FilterFunc) *Router {
	return &Router{prefix: r.prefix + prefix}
}

// Handle registers h for method.
func (r *Router) Handle(method, relativePath string, h HandlerFunc, filters ...FilterFunc) {}

// GET registers a GET route.
func (r *Router) GET(path string, h HandlerFunc, m ...FilterFunc) {}

// POST registers a POST route.
func (r *Router) POST(path string, h HandlerFunc, m ...FilterFunc) {}
