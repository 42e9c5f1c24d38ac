// Package gin is a stub of github.com/gin-gonic/gin v1.12.0 for
// statuslint's tests: only the API they use, with the real receiver kinds
// (*Context and *RouterGroup are structs; IRoutes and IRouter are
// interfaces; ResponseWriter is an interface that embeds
// http.ResponseWriter).
package gin

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin/render"
)

// H is a shortcut for map[string]any.
type H map[string]any

// HandlerFunc is a gin handler or middleware.
type HandlerFunc func(*Context)

// HandlersChain is a list of handlers.
type HandlersChain []HandlerFunc

// ResponseWriter is gin's response writer.
type ResponseWriter interface {
	http.ResponseWriter
	Status() int
	WriteHeaderNow()
	WriteString(string) (int, error)
}

// Error is an error pushed to a context.
type Error struct{ Err error }

// Negotiate holds the offers of Context.Negotiate.
type Negotiate struct {
	Offered []string
	Data    any
}

// Context is the request context.
type Context struct {
	Request *http.Request
	Writer  ResponseWriter
}

func (c *Context) Status(code int)                                {}
func (c *Context) AbortWithStatus(code int)                       {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any)      {}
func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any)  {}
func (c *Context) AbortWithError(code int, err error) *Error      { return &Error{err} }
func (c *Context) Render(code int, r render.Render)               {}
func (c *Context) HTML(code int, name string, obj any)            {}
func (c *Context) IndentedJSON(code int, obj any)                 {}
func (c *Context) SecureJSON(code int, obj any)                   {}
func (c *Context) JSONP(code int, obj any)                        {}
func (c *Context) JSON(code int, obj any)                         {}
func (c *Context) AsciiJSON(code int, obj any)                    {}
func (c *Context) PureJSON(code int, obj any)                     {}
func (c *Context) XML(code int, obj any)                          {}
func (c *Context) YAML(code int, obj any)                         {}
func (c *Context) TOML(code int, obj any)                         {}
func (c *Context) ProtoBuf(code int, obj any)                     {}
func (c *Context) BSON(code int, obj any)                         {}
func (c *Context) String(code int, format string, values ...any)  {}
func (c *Context) Redirect(code int, location string)             {}
func (c *Context) Data(code int, contentType string, data []byte) {}
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
}
func (c *Context) Negotiate(code int, config Negotiate) {}
func (c *Context) Param(key string) string              { return "" }
func (c *Context) Header(key, value string)             {}
func (c *Context) Next()                                {}
func (c *Context) BindJSON(obj any) error               { return nil }

// IRoutes is the route-registering part of a router.
type IRoutes interface {
	Use(...HandlerFunc) IRoutes
	Handle(string, string, ...HandlerFunc) IRoutes
	Any(string, ...HandlerFunc) IRoutes
	GET(string, ...HandlerFunc) IRoutes
	POST(string, ...HandlerFunc) IRoutes
	DELETE(string, ...HandlerFunc) IRoutes
	PATCH(string, ...HandlerFunc) IRoutes
	PUT(string, ...HandlerFunc) IRoutes
	OPTIONS(string, ...HandlerFunc) IRoutes
	HEAD(string, ...HandlerFunc) IRoutes
	Match([]string, string, ...HandlerFunc) IRoutes
}

// IRouter adds groups to IRoutes.
type IRouter interface {
	IRoutes
	Group(string, ...HandlerFunc) *RouterGroup
}

// RouterGroup is a group of routes under a path.
type RouterGroup struct{ basePath string }

func (g *RouterGroup) Use(middleware ...HandlerFunc) IRoutes { return g }
func (g *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return &RouterGroup{g.basePath + relativePath}
}
func (g *RouterGroup) Handle(httpMethod, relativePath string, handlers ...HandlerFunc) IRoutes {
	return g
}
func (g *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes    { return g }
func (g *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes     { return g }
func (g *RouterGroup) DELETE(relativePath string, handlers ...HandlerFunc) IRoutes  { return g }
func (g *RouterGroup) PATCH(relativePath string, handlers ...HandlerFunc) IRoutes   { return g }
func (g *RouterGroup) PUT(relativePath string, handlers ...HandlerFunc) IRoutes     { return g }
func (g *RouterGroup) OPTIONS(relativePath string, handlers ...HandlerFunc) IRoutes { return g }
func (g *RouterGroup) HEAD(relativePath string, handlers ...HandlerFunc) IRoutes    { return g }
func (g *RouterGroup) Any(relativePath string, handlers ...HandlerFunc) IRoutes     { return g }
func (g *RouterGroup) Match(methods []string, relativePath string, handlers ...HandlerFunc) IRoutes {
	return g
}

// Engine is the gin router; it embeds the root RouterGroup.
type Engine struct {
	RouterGroup
}

// New returns an engine without middleware.
func New() *Engine { return &Engine{} }

// Default returns an engine with the logger and recovery middleware.
func Default() *Engine { return &Engine{} }

func (e *Engine) Use(middleware ...HandlerFunc) IRoutes            { return e }
func (e *Engine) NoRoute(handlers ...HandlerFunc)                  {}
func (e *Engine) NoMethod(handlers ...HandlerFunc)                 {}
func (e *Engine) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
func (e *Engine) Run(addr ...string) error                         { return nil }

// WrapF wraps an http.HandlerFunc into a gin handler.
func WrapF(f http.HandlerFunc) HandlerFunc { return func(c *Context) { f(c.Writer, c.Request) } }

// WrapH wraps an http.Handler into a gin handler.
func WrapH(h http.Handler) HandlerFunc { return func(c *Context) { h.ServeHTTP(c.Writer, c.Request) } }
