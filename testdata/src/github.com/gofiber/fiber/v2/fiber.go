// Package fiber is a stub of github.com/gofiber/fiber/v2 for statuslint's
// tests: only the API they use, with the real receiver kinds (*Ctx is a
// struct, Router an interface).
package fiber

import "github.com/valyala/fasthttp"

// Handler handles a request.
type Handler = func(*Ctx) error

// Map is a shortcut for map[string]interface{}.
type Map map[string]interface{}

// Ctx is the request context, a struct.
type Ctx struct{ fasthttp *fasthttp.RequestCtx }

// Status sets the response status; it is chainable.
func (c *Ctx) Status(status int) *Ctx { return c }

// SendStatus sets the status and, for an empty body, its reason phrase.
func (c *Ctx) SendStatus(status int) error { return nil }

// JSON sends v as JSON.
func (c *Ctx) JSON(data interface{}, ctype ...string) error { return nil }

// SendString sends a body.
func (c *Ctx) SendString(body string) error { return nil }

// Redirect redirects to location with status, 302 by default.
func (c *Ctx) Redirect(location string, status ...int) error { return nil }

// RedirectToRoute redirects to a named route.
func (c *Ctx) RedirectToRoute(routeName string, params Map, status ...int) error { return nil }

// RedirectBack redirects to the referer or fallback.
func (c *Ctx) RedirectBack(fallback string, status ...int) error { return nil }

// Response returns the fasthttp response.
func (c *Ctx) Response() *fasthttp.Response { return nil }

// Context returns the fasthttp request context.
func (c *Ctx) Context() *fasthttp.RequestCtx { return c.fasthttp }

// Error is an error that carries a status code.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

// NewError returns an *Error with code.
func NewError(code int, message ...string) *Error { return &Error{Code: code} }

// Router registers routes.
type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Add(method, path string, handlers ...Handler) Router
	All(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
	Route(prefix string, fn func(router Router), name ...string) Router
	Mount(prefix string, fiber *App) Router
}

// App is a fiber application.
type App struct{}

// New returns an application.
func New() *App { return &App{} }

// Use registers middleware, optionally under a prefix.
func (app *App) Use(args ...interface{}) Router { return app }

// Get registers a GET route.
func (app *App) Get(path string, handlers ...Handler) Router { return app }

// Post registers a POST route.
func (app *App) Post(path string, handlers ...Handler) Router { return app }

// Add registers a route for method.
func (app *App) Add(method, path string, handlers ...Handler) Router { return app }

// All registers a route for every method.
func (app *App) All(path string, handlers ...Handler) Router { return app }

// Group returns a router under prefix.
func (app *App) Group(prefix string, handlers ...Handler) Router { return &Group{} }

// Route calls fn with a router under prefix.
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router { return app }

// Mount mounts a sub-application under prefix.
func (app *App) Mount(prefix string, fiber *App) Router { return app }

// Group is a route group.
type Group struct{}

// Use registers middleware.
func (grp *Group) Use(args ...interface{}) Router { return grp }

// Get registers a GET route.
func (grp *Group) Get(path string, handlers ...Handler) Router { return grp }

// Post registers a POST route.
func (grp *Group) Post(path string, handlers ...Handler) Router { return grp }

// Add registers a route for method.
func (grp *Group) Add(method, path string, handlers ...Handler) Router { return grp }

// All registers a route for every method.
func (grp *Group) All(path string, handlers ...Handler) Router { return grp }

// Group returns a router under prefix.
func (grp *Group) Group(prefix string, handlers ...Handler) Router { return grp }

// Route calls fn with a router under prefix.
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router { return grp }

// Mount mounts a sub-application under prefix.
func (grp *Group) Mount(prefix string, fiber *App) Router { return grp }

// Status codes, as fiber declares them.
const (
	StatusOK     = 200
	StatusTeapot = 418
)
