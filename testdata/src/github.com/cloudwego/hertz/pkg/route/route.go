// Package route is a stub of github.com/cloudwego/hertz/pkg/route for
// statuslint's tests: only the API they use, with the real receiver kinds
// (*RouterGroup and *Engine are structs, IRoutes and IRouter interfaces).
package route

import "github.com/cloudwego/hertz/pkg/app"

// IRouter registers routes and groups.
type IRouter interface {
	IRoutes
	Group(string, ...app.HandlerFunc) *RouterGroup
}

// IRoutes registers routes.
type IRoutes interface {
	Use(...app.HandlerFunc) IRoutes
	Handle(string, string, ...app.HandlerFunc) IRoutes
	GET(string, ...app.HandlerFunc) IRoutes
	POST(string, ...app.HandlerFunc) IRoutes
}

// RouterGroup is a group of routes under a prefix.
type RouterGroup struct{ basePath string }

// Use registers middleware.
func (group *RouterGroup) Use(middleware ...app.HandlerFunc) IRoutes { return group }

// Group returns a group under relativePath.
func (group *RouterGroup) Group(relativePath string, handlers ...app.HandlerFunc) *RouterGroup {
	return &RouterGroup{basePath: group.basePath + relativePath}
}

// Handle registers a route for httpMethod.
func (group *RouterGroup) Handle(httpMethod, relativePath string, handlers ...app.HandlerFunc) IRoutes {
	return group
}

// GET registers a GET route.
func (group *RouterGroup) GET(relativePath string, handlers ...app.HandlerFunc) IRoutes { return group }

// POST registers a POST route.
func (group *RouterGroup) POST(relativePath string, handlers ...app.HandlerFunc) IRoutes {
	return group
}

// Engine is the router.
type Engine struct {
	RouterGroup
}

// Use registers global middleware.
func (engine *Engine) Use(middleware ...app.HandlerFunc) IRoutes { return engine }
