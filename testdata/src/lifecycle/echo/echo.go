// Package echo covers the response lifecycle of echo v4 and v5 handlers.
package echo

import (
	"errors"
	"log"
	"net/http"

	"github.com/labstack/echo/v4"
	echov5 "github.com/labstack/echo/v5"

	"lifecycle/echohelp"
)

func missingReturn(c echo.Context) error {
	if c.Param("id") == "" {
		c.JSON(http.StatusBadRequest, map[string]string{"error": "missing id"})
	}
	return c.JSON(http.StatusOK, map[string]bool{"ok": true}) // want `echo.Context.JSON sets status 200 after echo.Context.JSON committed the response: echo keeps the first status \("response already committed"\)`
}

func withReturn(c echo.Context) error {
	if c.Param("id") == "" {
		return c.JSON(http.StatusBadRequest, map[string]string{"error": "missing id"})
	}
	return c.JSON(http.StatusOK, map[string]bool{"ok": true})
}

func noContentBody(c echo.Context) error {
	return c.JSON(http.StatusNoContent, map[string]bool{"ok": true}) // want `echo.Context.JSON with status 204 loses its body: net/http allows no body with 204 \(ErrBodyNotAllowed\)`
}

func noContent(c echo.Context) error {
	return c.NoContent(http.StatusNoContent)
}

func lateHeader(c echo.Context) error {
	c.Response().WriteHeader(http.StatusOK)
	c.Response().Header().Set("X-Request-Id", "1") // want `http.Header.Set changes header "X-Request-Id" after echo.Response.WriteHeader committed the response`
	return nil
}

func renderThenHeader(c echo.Context) error {
	if err := c.String(http.StatusOK, "ok"); err != nil {
		c.Response().Header().Set("X-Error", "1") // the render failed, maybe before it wrote: not flagged
		return err
	}
	c.Response().Header().Set("X-Request-Id", "1") // want `http.Header.Set changes header "X-Request-Id" after echo.Context.String committed the response`
	return nil
}

func loopRenderError(c echo.Context, items []string) error {
	for _, it := range items {
		if err := c.String(http.StatusOK, it); err != nil { // want `echo.Context.String sets status 200 after echo.Context.String committed the response`
			return err
		}
	}
	return nil
}

func onceRenderError(c echo.Context) error {
	if err := c.String(http.StatusOK, "x"); err != nil {
		return c.NoContent(http.StatusInternalServerError) // the render failed, maybe before it wrote: not flagged
	}
	return nil
}

func customRedirect(c echo.Context) error {
	return c.Redirect(440, "/a") // want `status code 440 passed to echo.Context.Redirect is not a redirect code: echo sends nothing: Redirect returns ErrInvalidRedirectCode outside 300–308`
}

func invalidRedirect(c echo.Context) error {
	c.Redirect(http.StatusOK, "/a")   // want `status code 200 passed to echo.Context.Redirect is not a redirect code: echo sends nothing`
	return c.JSON(http.StatusOK, nil) // the redirect was refused and sent nothing: not flagged
}

func v5Missing(c *echov5.Context) error {
	if c.Param("id") == "" {
		c.NoContent(http.StatusBadRequest)
	}
	return c.JSON(http.StatusOK, nil) // want `echo.Context.JSON sets status 200 after echo.Context.NoContent committed the response`
}

func v5Writer(c *echov5.Context) error {
	c.Response().WriteHeader(http.StatusNoContent)
	_, err := c.Response().Write([]byte("x")) // want `http.ResponseWriter.Write writes a body after http.ResponseWriter.WriteHeader set status 204`
	return err
}

// fail answers 500 on every path: a helper its callers follow.
func fail(c echo.Context, err error) error {
	return c.JSON(http.StatusInternalServerError, map[string]string{"error": err.Error()})
}

func helperMissingReturn(c echo.Context, err error) error {
	if err != nil {
		fail(c, err)
	}
	return c.NoContent(http.StatusNoContent) // want `echo.Context.NoContent sets status 204 after fail committed the response`
}

func helperReturned(c echo.Context, err error) error {
	if err != nil {
		return fail(c, err)
	}
	return c.NoContent(http.StatusNoContent)
}

func helperThenHeader(c echo.Context, err error) error {
	if err := fail(c, err); err != nil {
		c.Response().Header().Set("X-Failed", "1") // fail's render failed, maybe before it wrote: not flagged
		return err
	}
	c.Response().Header().Set("X-After", "1") // want `http.Header.Set changes header "X-After" after fail committed the response`
	return nil
}

// The flow engine's patterns in echo.

func closureRender(c echo.Context, bad bool) error {
	fail := func() { c.JSON(http.StatusBadRequest, map[string]string{"error": "bad"}) }
	if bad {
		fail()
	}
	return c.JSON(http.StatusOK, map[string]bool{"ok": true}) // want `echo.Context.JSON sets status 200 after echo.Context.JSON committed the response`
}

func closureRenderReturn(c echo.Context, bad bool) error {
	fail := func() error { return c.JSON(http.StatusBadRequest, map[string]string{"error": "bad"}) }
	if bad {
		return fail()
	}
	return c.JSON(http.StatusOK, map[string]bool{"ok": true}) // the path that failed returned: not flagged
}

func loopHeader(c echo.Context, items []string) error {
	for _, it := range items {
		c.Response().Header().Set("X-Item", it) // want `http.Header.Set changes header "X-Item" after echo.Context.String committed`
		c.String(http.StatusOK, it)             // want `echo.Context.String sets status 200 after echo.Context.String committed`
	}
	return nil
}

var errBadRequest = errors.New("bad request")

// bind answers 400 and returns an error when the id is missing.
func bind(c echo.Context) error {
	if c.Param("id") == "" {
		c.String(http.StatusBadRequest, "missing id")
		return errBadRequest
	}
	return nil
}

func bindMissingReturn(c echo.Context) error {
	if err := bind(c); err != nil {
		log.Print(err)
	}
	return c.JSON(http.StatusCreated, nil) // want `echo.Context.JSON sets status 201 after bind committed the response`
}

func bindReturns(c echo.Context) error {
	if err := bind(c); err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, nil) // bind answered only on the path that returned: not flagged
}

// The same helper in another package: its fact carries it.

func otherBindMissingReturn(c echo.Context) error {
	if err := echohelp.Bind(c); err != nil {
		log.Print(err)
	}
	return c.JSON(http.StatusCreated, nil) // want `echo.Context.JSON sets status 201 after echohelp.Bind committed the response`
}

func otherBindReturns(c echo.Context) error {
	if err := echohelp.Bind(c); err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, nil) // Bind answered only on the path that returned: not flagged
}
