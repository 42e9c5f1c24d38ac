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
	return e
}

func getItem(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(http.StatusNotFound, "no item")
	}
	return c.JSON(http.StatusOK, map[string]string{})
}
