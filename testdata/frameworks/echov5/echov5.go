// Package echov5 runs statuslint on handlers written against the real
// echo v5, whose *Context is a struct.
package echov5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

//statuslint:code 460 "Rate Limited"

// server builds the service's routes.
func server() *echo.Echo {
	e := echo.New()
	e.GET("/codes", codes)
	e.POST("/limited", limited)

	//statuslint:internal
	ops := e.Group("/ops")
	ops.GET("/limited", opsOnly)                                                            // the group is marked internal
	e.AddRoute(echo.Route{Method: http.MethodGet, Path: "/api/v1/x", Handler: structRoute}) // a route as a struct literal
	e.AddRoute(echo.Route{Method: http.MethodPost, Path: "/media", Handler: structUpload, Middlewares: []echo.MiddlewareFunc{structQuota}})
	e.AddRoute(echo.Route{Method: http.MethodGet, Path: "/internal/x", Handler: structInternal}) // under /internal: not flagged
	e.PUT("/media", structUpload, routeQuota)                                                    // per-route middleware
	return e
}

func codes(c *echo.Context) error {
	_ = c.JSON(700, nil)      // want `status code 700 passed to echo.Context.JSON is outside 100–599: echo passes it to net/http, which sends it as is`
	_ = c.String(499, "gone") // want `custom status code 499 passed to echo.Context.String has no registered description`
	_ = c.Redirect(0, "/")    // want `status code 0 passed to echo.Context.Redirect is outside 100–599: echo sends nothing`
	if c.Param("id") == "" {
		return &echo.ProblemError{Status: 499, Title: "gone"} // want `custom status code 499 .*echo.ProblemError.Status has no registered description`
	}
	if c.Param("id") == "x" {
		return echo.NewHTTPError(1000, "bad") // want `status code 1000 passed to echo.NewHTTPError is outside 100–599: echo passes it to net/http, which panics`
	}
	return c.NoContent(http.StatusNoContent) // standard code: not flagged
}

func limited(c *echo.Context) error {
	return c.NoContent(460) // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

func opsOnly(c *echo.Context) error {
	return c.NoContent(460) // only reachable in a group marked internal: no fallback diagnostic
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
