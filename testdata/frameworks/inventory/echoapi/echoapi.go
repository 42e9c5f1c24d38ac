// Package echoapi builds an echo server.
package echoapi

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// New returns the echo server.
func New() *echo.Echo {
	e := echo.New()
	e.GET("/items/:id", getItem)
	// Echo.Use runs for every route, the ones registered before too.
	e.Use(limit)
	return e
}

// limit answers 429 to a client that is over its limit.
func limit(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Header.Get("X-Over") != "" {
			return echo.NewHTTPError(http.StatusTooManyRequests)
		}
		return next(c)
	}
}

func getItem(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusNotFound, "no item")
	}
	return c.JSON(http.StatusOK, map[string]string{})
}
