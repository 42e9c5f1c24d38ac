// Package echov5 exercises statuslint on echo v5, whose *Context is a
// struct.
package echov5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

//statuslint:code 460 "Rate Limited"

// routes registers the handlers, some under groups.
func routes(e *echo.Echo) {
	e.GET("/render", renders)
	e.POST("/redirect", redirects)
	e.QUERY("/errors", errs)
	e.Add("PUT", "/limited", limited)

	api := e.Group("/api")
	api.GET("/limited", apiLimited)

	//statuslint:internal
	ops := e.Group("/ops")
	ops.GET("/limited", opsOnly) // the group is marked internal

	debug := e.Group("/debug")
	debug.DELETE("/limited", debugOnly)                                                     // under /debug: internal by default
	e.AddRoute(echo.Route{Method: http.MethodGet, Path: "/api/v1/x", Handler: structRoute}) // a route as a struct literal
	e.AddRoute(echo.Route{Method: http.MethodPost, Path: "/media", Handler: structUpload, Middlewares: []echo.MiddlewareFunc{structQuota}})
	e.AddRoute(echo.Route{Method: http.MethodGet, Path: "/internal/x", Handler: structInternal}) // under /internal: not flagged
	e.PUT("/media", structUpload, routeQuota)                                                    // per-route middleware
}

func renders(c *echo.Context) error {
	_ = c.JSON(700, map[string]any{})    // want `status code 700 passed to echo.Context.JSON is outside 100–599: echo passes it to net/http, which sends it as is`
	_ = c.NoContent(0)                   // want `status code 0 passed to echo.Context.NoContent is outside 100–599: echo passes it to net/http, which panics .*only an error with code 0 becomes 500`
	_ = c.String(499, "gone")            // want `custom status code 499 passed to echo.Context.String has no registered description`
	_ = c.JSONPretty(700, nil, " ")      // want `status code 700 passed to echo.Context.JSONPretty`
	_ = c.JSONBlob(700, nil)             // want `status code 700 passed to echo.Context.JSONBlob`
	_ = c.JSONP(700, "cb", nil)          // want `status code 700 passed to echo.Context.JSONP`
	_ = c.JSONPBlob(700, "cb", nil)      // want `status code 700 passed to echo.Context.JSONPBlob`
	_ = c.XML(700, nil)                  // want `status code 700 passed to echo.Context.XML`
	_ = c.XMLPretty(700, nil, " ")       // want `status code 700 passed to echo.Context.XMLPretty`
	_ = c.XMLBlob(700, nil)              // want `status code 700 passed to echo.Context.XMLBlob`
	_ = c.HTML(700, "<p>")               // want `status code 700 passed to echo.Context.HTML`
	_ = c.HTMLBlob(700, nil)             // want `status code 700 passed to echo.Context.HTMLBlob`
	_ = c.Blob(700, "text/plain", nil)   // want `status code 700 passed to echo.Context.Blob`
	_ = c.Stream(700, "text/plain", nil) // want `status code 700 passed to echo.Context.Stream`
	_ = c.Render(1000, "page", nil)      // want `status code 1000 passed to echo.Context.Render is outside 100–599: echo passes it to net/http, which panics`
	c.Response().WriteHeader(700)        // want `status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599`
	return c.JSON(http.StatusCreated, nil)
}

func redirects(c *echo.Context) error {
	_ = c.Redirect(700, "/a") // want `status code 700 passed to echo.Context.Redirect is outside 100–599: echo sends nothing`
	return c.Redirect(http.StatusTemporaryRedirect, "/a")
}

func errs(c *echo.Context) error {
	if c.Param("a") != "" {
		return echo.NewHTTPError(700, "bad") // want `status code 700 passed to echo.NewHTTPError is outside 100–599`
	}
	if c.Param("b") != "" {
		return &echo.HTTPError{Code: 499, Message: "gone"} // want `custom status code 499 .*echo.HTTPError.Code has no registered description`
	}
	if c.Param("c") != "" {
		return &echo.ProblemError{Status: 499, Title: "gone"} // want `custom status code 499 .*echo.ProblemError.Status has no registered description`
	}
	if c.Param("d") != "" {
		return &echo.ProblemError{Title: "teapot", Status: http.StatusTeapot} // standard code: not flagged
	}
	return echo.NewHTTPError(http.StatusConflict, "conflict") // standard code: not flagged
}

func limited(c *echo.Context) error {
	return c.NoContent(460) // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

func apiLimited(c *echo.Context) error {
	return echo.NewHTTPError(460, "slow down") // want `custom status code 460 is sent on public route "/api/limited".*no standard fallback`
}

func opsOnly(c *echo.Context) error {
	return c.NoContent(460) // only reachable in a group marked internal: no fallback diagnostic
}

func debugOnly(c *echo.Context) error {
	return c.NoContent(460) // only reachable under /debug: no fallback diagnostic
}

// problem is a struct with echo's field names, not echo's: not a site.
type problem struct{ Status, Code int }

var _ = problem{Status: 499, Code: 700} // not echo: not flagged

// variable passes a code that is not a constant: it is not guessed.
func variable(c *echo.Context, code int) error {
	return c.JSON(code, nil)
}

func structRoute(c *echo.Context) error {
	return c.NoContent(460) // want `custom status code 460 is sent on public route "/api/v1/x"`
}

func structUpload(c *echo.Context) error { return c.NoContent(http.StatusCreated) }

func structQuota(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		return c.NoContent(460) // want `custom status code 460 is sent on public route "/media"`
	}
}

func routeQuota(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		return c.NoContent(460) // want `custom status code 460 is sent on public route "/media"`
	}
}

func structInternal(c *echo.Context) error {
	return c.NoContent(460) // under /internal: not flagged
}
