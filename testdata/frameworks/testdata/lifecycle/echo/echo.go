// Package echo runs the lifecycle checks on handlers written against the
// real echo v4.
package echo

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func missingReturn(c echo.Context) error {
	if c.QueryParam("id") == "" {
		c.String(http.StatusBadRequest, "missing id")
	}
	return c.JSON(http.StatusOK, map[string]bool{"ok": true}) // want `echo.Context.JSON sets status 200 after echo.Context.String committed the response`
}

func withReturn(c echo.Context) error {
	if c.QueryParam("id") == "" {
		return c.String(http.StatusBadRequest, "missing id")
	}
	return c.JSON(http.StatusOK, map[string]bool{"ok": true})
}

func noContent(c echo.Context) error {
	return c.String(http.StatusNoContent, "deleted") // want `echo.Context.String with status 204 loses its body`
}

func lateHeader(c echo.Context) error {
	c.Response().WriteHeader(http.StatusOK)
	c.Response().Header().Set("X-Request-Id", "1") // want `http.Header.Set changes header "X-Request-Id" after echo.Response.WriteHeader committed the response`
	_, err := c.Response().Write([]byte("ok"))
	return err
}

func redirect(c echo.Context) error {
	return c.Redirect(http.StatusCreated, "/") // want `status code 201 passed to echo.Context.Redirect is not a redirect code: echo sends nothing`
}

func redirectOK(c echo.Context) error {
	return c.Redirect(http.StatusSeeOther, "/")
}
