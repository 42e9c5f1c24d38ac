// Package rest is a stub of github.com/zeromicro/go-zero/rest for
// statuslint's tests: only the API they use.
package rest

import "net/http"

// Route is a route.
type Route struct {
	Method  string
	Path    string
	Handler http.HandlerFunc
}

// RouteOption customizes routes.
type RouteOption func(r *featuredRoutes)

type featuredRoutes struct{ prefix string }

// WithPrefix puts routes under group.
func WithPrefix(group string) RouteOption { return func(r *featuredRoutes) { r.prefix = group } }

// Server is a REST server.
type Server struct{}

// MustNewServer returns a server.
func MustNewServer() *Server { return &Server{} }

// AddRoute registers r.
func (s *Server) AddRoute(r Route, opts ...RouteOption) {}

// AddRoutes registers rs.
func (s *Server) AddRoutes(rs []Route, opts ...RouteOption) {}
