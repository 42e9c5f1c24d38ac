// Package echo is a stub of github.com/labstack/echo/v4 v4.16.0 for
// statuslint's tests: only the API they use, with the real receiver kinds
// (Context is an interface; *Echo, *Group, *Response and HTTPError are
// structs).
package echo

import (
	"io"
	"net/http"
)

// Map is a shortcut for map[string]any.
type Map map[string]any

// HandlerFunc serves a request.
type HandlerFunc func(c Context) error

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// Context is the request context, an interface in echo v4.
type Context interface {
	Request() *http.Request
	Response() *Response
	Param(name string) string
	Render(code int, name string, data any) error
	HTML(code int, html string) error
	HTMLBlob(code int, b []byte) error
	String(code int, s string) error
	JSON(code int, i any) error
	JSONPretty(code int, i any, indent string) error
	JSONBlob(code int, b []byte) error
	JSONP(code int, callback string, i any) error
	JSONPBlob(code int, callback string, b []byte) error
	XML(code int, i any) error
	XMLPretty(code int, i any, indent string) error
	XMLBlob(code int, b []byte) error
	Blob(code int, contentType string, b []byte) error
	Stream(code int, contentType string, r io.Reader) error
	NoContent(code int) error
	Redirect(code int, url string) error
}

// Response wraps an http.ResponseWriter.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Committed bool
}

func (r *Response) Header() http.Header         { return r.Writer.Header() }
func (r *Response) WriteHeader(code int)        { r.Status = code; r.Writer.WriteHeader(code) }
func (r *Response) Write(b []byte) (int, error) { return r.Writer.Write(b) }

// HTTPError is an error with a status code.
type HTTPError struct {
	Internal error
	Message  any
	Code     int
}

func (he *HTTPError) Error() string { return "" }

// SetInternal records the error behind he and returns he: the error
// handler still sends he.Code.
func (he *HTTPError) SetInternal(err error) *HTTPError { he.Internal = err; return he }

// NewHTTPError returns an error that the error handler sends with code.
func NewHTTPError(code int, message ...any) *HTTPError {
	return &HTTPError{Code: code, Message: http.StatusText(code)}
}

// Route is a registered route.
type Route struct{ Method, Path, Name string }

// Echo is the router.
type Echo struct{}

// New returns an Echo.
func New() *Echo { return &Echo{} }

func (e *Echo) Pre(middleware ...MiddlewareFunc)                               {}
func (e *Echo) Use(middleware ...MiddlewareFunc)                               {}
func (e *Echo) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (e *Echo) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return nil }
func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route     { return nil }
func (e *Echo) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return nil }
func (e *Echo) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (e *Echo) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return nil }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return nil }
func (e *Echo) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route     { return nil }
func (e *Echo) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return nil }
func (e *Echo) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return nil
}
func (e *Echo) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (e *Echo) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (e *Echo) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return nil
}
func (e *Echo) Host(name string, m ...MiddlewareFunc) (g *Group)    { return &Group{} }
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) (g *Group) { return &Group{} }
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request)    {}

// Group is a group of routes under a prefix.
type Group struct{}

func (g *Group) Use(middleware ...MiddlewareFunc)                               {}
func (g *Group) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return nil }
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route     { return nil }
func (g *Group) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return nil }
func (g *Group) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return nil }
func (g *Group) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return nil }
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route    { return nil }
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) *Route     { return nil }
func (g *Group) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) *Route   { return nil }
func (g *Group) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) *Route {
	return nil
}
func (g *Group) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (g *Group) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) []*Route {
	return nil
}
func (g *Group) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) *Route {
	return nil
}
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { return &Group{} }

// WrapHandler wraps an http.Handler into an echo handler.
func WrapHandler(h http.Handler) HandlerFunc { return nil }

// WrapMiddleware wraps a net/http middleware into an echo middleware.
func WrapMiddleware(m func(http.Handler) http.Handler) MiddlewareFunc { return nil }
