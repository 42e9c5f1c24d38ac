// Package echov5 runs the lifecycle checks on handlers written against the
// real echo v5, whose Context is a struct and Response() an
// http.ResponseWriter.
package echov5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func missingReturn(c *echo.Context) error {
	if c.QueryParam("id") == "" {
		c.NoContent(http.StatusBadRequest)
	}
	return c.JSON(http.StatusOK, map[string]bool{"ok": true}) // want `echo.Context.JSON sets status 200 after echo.Context.NoContent committed the response`
}

func bodyAfter304(c *echo.Context) error {
	c.Response().WriteHeader(http.StatusNotModified)
	_, err := c.Response().Write([]byte("x")) // want `http.ResponseWriter.Write writes a body after http.ResponseWriter.WriteHeader set status 304`
	return err
}
