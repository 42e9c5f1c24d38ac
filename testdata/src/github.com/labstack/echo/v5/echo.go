// Package echo is a stub of github.com/labstack/echo/v5 v5.4.4 for
// statuslint's tests: only the API they use, with the real receiver kinds
// (*Context is a struct in echo v5, unlike v4's interface).
package echo

import (
	"io"
	"net/http"
)

// HandlerFunc serves a request.
type HandlerFunc func(c *Context) error

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// Context is the request context, a struct in echo v5.
type Context struct {
	request  *http.Request
	response *Response
}

func (c *Context) Request() *http.Request                                 { return c.request }
func (c *Context) Response() http.ResponseWriter                          { return c.response }
func (c *Context) Param(name string) string                               { return "" }
func (c *Context) Render(code int, name string, data any) error           { return nil }
func (c *Context) HTML(code int, html string) error                       { return nil }
func (c *Context) HTMLBlob(code int, b []byte) error                      { return nil }
func (c *Context) String(code int, s string) error                        { return nil }
func (c *Context) JSON(code int, i any) error                             { return nil }
func (c *Context) JSONPretty(code int, i any, indent string) error        { return nil }
func (c *Context) JSONBlob(code int, b []byte) error                      { return nil }
func (c *Context) JSONP(code int, callback string, i any) error           { return nil }
func (c *Context) JSONPBlob(code int, callback string, b []byte) error    { return nil }
func (c *Context) XML(code int, i any) error                              { return nil }
func (c *Context) XMLPretty(code int, i any, indent string) error         { return nil }
func (c *Context) XMLBlob(code int, b []byte) error                       { return nil }
func (c *Context) Blob(code int, contentType string, b []byte) error      { return nil }
func (c *Context) Stream(code int, contentType string, r io.Reader) error { return nil }
func (c *Context) NoContent(code int) error                               { return nil }
func (c *Context) Redirect(code int, url string) error                    { return nil }

// Response wraps an http.ResponseWriter.
type Response struct {
	http.ResponseWriter
	Status    int
	Committed bool
}

func (r *Response) WriteHeader(code int) { r.Status = code; r.ResponseWriter.WriteHeader(code) }

// HTTPError is an error with a status code.
type HTTPError struct {
	Code    int
	Message string
	err     error
}

func (he *HTTPError) Error() string { return he.Message }

// NewHTTPError returns an error that the error handler sends with code.
func NewHTTPError(code int, message string) *HTTPError {
	return &HTTPError{Code: code, Message: message}
}

// ProblemError is an RFC 9457 problem detail.
type ProblemError struct {
	Type   string
	Title  string
	Status int
	Detail string
}

func (pe *ProblemError) Error() string { return pe.Title }

// RouteInfo describes a registered route.
type RouteInfo struct{ Method, Path, Name string }

// Routes is a list of routes.
type Routes []RouteInfo

// Echo is the router.
type Echo struct{}

// New returns an Echo.
func New() *Echo { return &Echo{} }

func (e *Echo) Pre(middleware ...MiddlewareFunc)                                  {}
func (e *Echo) Use(middleware ...MiddlewareFunc)                                  {}
func (e *Echo) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo  { return RouteInfo{} }
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo     { return RouteInfo{} }
func (e *Echo) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo    { return RouteInfo{} }
func (e *Echo) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo   { return RouteInfo{} }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo    { return RouteInfo{} }
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo     { return RouteInfo{} }
func (e *Echo) QUERY(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo   { return RouteInfo{} }
func (e *Echo) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo   { return RouteInfo{} }
func (e *Echo) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (e *Echo) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) Routes {
	return nil
}
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return &Group{} }
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request)    {}

// Group is a group of routes under a prefix.
type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc)                                 {}
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo    { return RouteInfo{} }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo   { return RouteInfo{} }
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo { return RouteInfo{} }
func (g *Group) QUERY(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo  { return RouteInfo{} }
func (g *Group) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { return &Group{} }

// WrapHandler wraps an http.Handler into an echo handler.
func WrapHandler(h http.Handler) HandlerFunc { return nil }

// Route is a route given as a struct (route.go 17-26).
type Route struct {
	Method      string
	Path        string
	Name        string
	Handler     HandlerFunc
	Middlewares []MiddlewareFunc
}

// AddRoute registers route.
func (e *Echo) AddRoute(route Route) (RouteInfo, error) { return RouteInfo{}, nil }

// AddRoute registers route under the group's prefix.
func (g *Group) AddRoute(route Route) (RouteInfo, error) { return RouteInfo{}, nil }
