// Package fiber is a stub of github.com/gofiber/fiber/v3 for statuslint's
// tests: only the API they use, with the real receiver kinds (Ctx, Res,
// Router and Register are interfaces; *Redirect, *App, *Group structs).
package fiber

// Handler handles a request.
type Handler = func(Ctx) error

// Ctx is the request context, an interface.
type Ctx interface {
	Res() Res
	Redirect() *Redirect
	Status(status int) Ctx
	SendStatus(status int) error
	JSON(data any, ctype ...string) error
	SendString(body string) error
}

// Res is the response API, an interface.
type Res interface {
	SendStatus(status int) error
	Status(status int) Ctx
}

// Redirect builds a redirection, 303 See Other by default.
type Redirect struct{ status int }

// Status sets the redirection's status code.
func (r *Redirect) Status(code int) *Redirect { r.status = code; return r }

// To redirects to location.
func (r *Redirect) To(location string) error { return nil }

// Error is an error that carries a status code.
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

func (e *Error) Error() string { return e.Message }

// NewError returns an *Error with code.
func NewError(code int, message ...string) *Error { return &Error{Code: code} }

// NewErrorf returns an *Error with code and a formatted message.
func NewErrorf(code int, message ...any) *Error { return &Error{Code: code} }

// Router registers routes.
type Router interface {
	Use(args ...any) Router
	Get(path string, handler any, handlers ...any) Router
	Post(path string, handler any, handlers ...any) Router
	Add(methods []string, path string, handler any, handlers ...any) Router
	All(path string, handler any, handlers ...any) Router
	Group(prefix string, handlers ...any) Router
	RouteChain(path string) Register
	Route(prefix string, fn func(router Router), name ...string) Router
}

// Register registers routes on one path.
type Register interface {
	Get(handler any, handlers ...any) Register
	Post(handler any, handlers ...any) Register
	RouteChain(path string) Register
}

// App is a fiber application.
type App struct{}

// New returns an application.
func New() *App { return &App{} }

// Use registers middleware, optionally under a prefix, or mounts a
// sub-application.
func (app *App) Use(args ...any) Router { return app }

// Get registers a GET route.
func (app *App) Get(path string, handler any, handlers ...any) Router { return app }

// Post registers a POST route.
func (app *App) Post(path string, handler any, handlers ...any) Router { return app }

// Add registers a route for methods.
func (app *App) Add(methods []string, path string, handler any, handlers ...any) Router { return app }

// All registers a route for every method.
func (app *App) All(path string, handler any, handlers ...any) Router { return app }

// Group returns a router under prefix.
func (app *App) Group(prefix string, handlers ...any) Router { return &Group{} }

// RouteChain returns a Register for path.
func (app *App) RouteChain(path string) Register { return nil }

// Route calls fn with a router under prefix.
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router { return app }

// Group is a route group.
type Group struct{}

// Use registers middleware.
func (grp *Group) Use(args ...any) Router { return grp }

// Get registers a GET route.
func (grp *Group) Get(path string, handler any, handlers ...any) Router { return grp }

// Post registers a POST route.
func (grp *Group) Post(path string, handler any, handlers ...any) Router { return grp }

// Add registers a route for methods.
func (grp *Group) Add(methods []string, path string, handler any, handlers ...any) Router {
	return grp
}

// All registers a route for every method.
func (grp *Group) All(path string, handler any, handlers ...any) Router { return grp }

// Group returns a router under prefix.
func (grp *Group) Group(prefix string, handlers ...any) Router { return grp }

// RouteChain returns a Register for path.
func (grp *Group) RouteChain(path string) Register { return nil }

// Route calls fn with a router under prefix.
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router { return grp }
