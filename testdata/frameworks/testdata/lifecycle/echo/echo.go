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

func redirectCustom(c echo.Context) error {
	return c.Redirect(440, "/") // want `status code 440 passed to echo.Context.Redirect is not a redirect code: echo sends nothing`
}

func renderThenHeader(c echo.Context) error {
	if err := c.String(http.StatusOK, "ok"); err != nil {
		return err // the render failed, maybe before it wrote
	}
	c.Response().Header().Set("X-Request-Id", "1") // want `http.Header.Set changes header "X-Request-Id" after echo.Context.String committed the response`
	return nil
}

// bind answers 400 and returns its error when the body does not bind.
func bind(c echo.Context, v any) error {
	if err := c.Bind(v); err != nil {
		c.String(http.StatusBadRequest, "bad body")
		return err
	}
	return nil
}

func bindMissingReturn(c echo.Context) error {
	var v struct{ Name string }
	if err := bind(c, &v); err != nil {
		c.Logger().Error(err)
	}
	return c.JSON(http.StatusCreated, v) // want `echo.Context.JSON sets status 201 after bind committed the response`
}

func bindReturns(c echo.Context) error {
	var v struct{ Name string }
	if err := bind(c, &v); err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, v) // bind answered only on the path that returned: not flagged
}
