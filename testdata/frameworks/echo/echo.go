// Package echo runs statuslint on handlers written against the real echo
// v4, whose Context is an interface.
package echo

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

//statuslint:code 460 "Rate Limited"

// server builds the service's routes.
func server() *echo.Echo {
	e := echo.New()
	e.GET("/codes", codes)
	e.POST("/limited", limited)

	api := e.Group("/api")
	api.GET("/limited", apiLimited)

	internal := e.Group("/internal")
	internal.GET("/limited", internalOnly) // under /internal: no fallback diagnostic
	return e
}

func codes(c echo.Context) error {
	_ = c.JSON(700, echo.Map{})        // want `status code 700 passed to echo.Context.JSON is outside 100–599: echo passes it to net/http, which sends it as is`
	_ = c.NoContent(0)                 // want `status code 0 passed to echo.Context.NoContent is outside 100–599: echo passes it to net/http, which panics`
	_ = c.String(499, "gone")          // want `custom status code 499 passed to echo.Context.String has no registered description`
	_ = c.Redirect(200, "/")           // want `status code 200 passed to echo.Context.Redirect is not a redirect code: echo sends nothing`
	_ = c.Redirect(700, "/")           // want `status code 700 passed to echo.Context.Redirect is outside 100–599: echo sends nothing`
	_ = c.Blob(700, "text/plain", nil) // want `status code 700 passed to echo.Context.Blob`
	if c.Param("id") == "" {
		return &echo.HTTPError{Code: 499, Message: "gone"} // want `custom status code 499 .*echo.HTTPError.Code has no registered description`
	}
	if c.Param("id") == "x" {
		return echo.NewHTTPError(700, "bad") // want `status code 700 passed to echo.NewHTTPError is outside 100–599`
	}
	return c.JSON(http.StatusOK, echo.Map{"ok": true}) // standard code: not flagged
}

func limited(c echo.Context) error {
	return echo.NewHTTPError(460, "slow down") // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

func apiLimited(c echo.Context) error {
	return c.NoContent(460) // want `custom status code 460 is sent on public route "/api/limited".*no standard fallback`
}

func internalOnly(c echo.Context) error {
	return c.NoContent(460) // only reachable under /internal: no fallback diagnostic
}
