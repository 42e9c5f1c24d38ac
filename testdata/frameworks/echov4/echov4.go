// Package echov4 exercises statuslint on echo v4, whose Context is an
// interface.
package echov4

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

//statuslint:code 460 "Rate Limited"
//statuslint:code 529 "Site Overloaded" fallback=503

// routes registers the handlers, some under groups.
func routes(e *echo.Echo) {
	e.GET("/render", renders)
	e.POST("/redirect", redirects)
	e.Add("PUT", "/errors", errs)
	e.Any("/limited", limited)
	e.Match([]string{"GET"}, "/matched", matched)

	api := e.Group("/api")
	api.GET("/limited", apiLimited)
	v1 := api.Group("/v1") // a group of a group: "/api/v1"
	v1.DELETE("/limited", v1Limited)
	v1.POST("/media", upload, quota) // per-route middleware runs on the route too
	internal0 := e.Group("/internal")
	internal0.POST("/media", upload, internalQuota) // under /internal: not flagged

	internal := e.Group("/internal")
	internal.GET("/limited", internalOnly) // under /internal: no fallback diagnostic

	//statuslint:internal
	ops := e.Group("/ops")
	ops.POST("/limited", opsOnly) // the group is marked internal

	e.GET("/wrapped", echo.WrapHandler(http.HandlerFunc(wrapped))) // the adapter does not hide the handler
	e.GET("/overloaded", overloaded)                               // 529 names a fallback: nothing to say
	e.RouteNotFound("/*", notFound)
}

func renders(c echo.Context) error {
	_ = c.JSON(700, echo.Map{})           // want `status code 700 passed to echo.Context.JSON is outside 100–599: echo passes it to net/http, which sends it as is`
	_ = c.JSON(0, nil)                    // want `status code 0 passed to echo.Context.JSON is outside 100–599: echo passes it to net/http, which panics`
	_ = c.NoContent(1000)                 // want `status code 1000 passed to echo.Context.NoContent is outside 100–599: echo passes it to net/http, which panics`
	_ = c.String(499, "gone")             // want `custom status code 499 passed to echo.Context.String has no registered description`
	_ = c.JSONPretty(700, nil, " ")       // want `status code 700 passed to echo.Context.JSONPretty`
	_ = c.JSONBlob(700, nil)              // want `status code 700 passed to echo.Context.JSONBlob`
	_ = c.JSONP(700, "cb", nil)           // want `status code 700 passed to echo.Context.JSONP`
	_ = c.JSONPBlob(700, "cb", nil)       // want `status code 700 passed to echo.Context.JSONPBlob`
	_ = c.XML(700, nil)                   // want `status code 700 passed to echo.Context.XML`
	_ = c.XMLPretty(700, nil, " ")        // want `status code 700 passed to echo.Context.XMLPretty`
	_ = c.XMLBlob(700, nil)               // want `status code 700 passed to echo.Context.XMLBlob`
	_ = c.HTML(700, "<p>")                // want `status code 700 passed to echo.Context.HTML`
	_ = c.HTMLBlob(700, nil)              // want `status code 700 passed to echo.Context.HTMLBlob`
	_ = c.Blob(700, "text/plain", nil)    // want `status code 700 passed to echo.Context.Blob`
	_ = c.Stream(700, "text/plain", nil)  // want `status code 700 passed to echo.Context.Stream`
	_ = c.Render(700, "page", nil)        // want `status code 700 passed to echo.Context.Render`
	c.Response().WriteHeader(700)         // want `status code 700 passed to echo.Response.WriteHeader is outside 100–599`
	_ = c.JSON(http.StatusOK, echo.Map{}) // standard code: not flagged
	return c.NoContent(http.StatusNoContent)
}

func redirects(c echo.Context) error {
	_ = c.Redirect(700, "/a") // want `status code 700 passed to echo.Context.Redirect is outside 100–599: echo sends nothing`
	_ = c.Redirect(-1, "/a")  // want `status code -1 passed to echo.Context.Redirect is outside 100–599: echo sends nothing`
	return c.Redirect(http.StatusSeeOther, "/a")
}

func errs(c echo.Context) error {
	if c.Param("a") != "" {
		return echo.NewHTTPError(700, "bad") // want `status code 700 passed to echo.NewHTTPError is outside 100–599`
	}
	if c.Param("b") != "" {
		return echo.NewHTTPError(499) // want `custom status code 499 passed to echo.NewHTTPError has no registered description`
	}
	if c.Param("c") != "" {
		return &echo.HTTPError{Code: 499, Message: "gone"} // want `custom status code 499 .*echo.HTTPError.Code has no registered description`
	}
	if c.Param("d") != "" {
		he := &echo.HTTPError{Internal: errors.New("x")}
		he.Code = 700 // want `status code 700 .*echo.HTTPError.Code is outside 100–599`
		return he
	}
	return echo.NewHTTPError(http.StatusNotFound) // standard code: not flagged
}

func limited(c echo.Context) error {
	return c.NoContent(460) // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

func matched(c echo.Context) error {
	return echo.NewHTTPError(460) // want `custom status code 460 is sent on public route "/matched".*no standard fallback`
}

func apiLimited(c echo.Context) error {
	return c.JSON(460, nil) // want `custom status code 460 is sent on public route "/api/limited".*no standard fallback`
}

func v1Limited(c echo.Context) error {
	return c.String(460, "") // want `custom status code 460 is sent on public route "/api/v1/limited".*no standard fallback`
}

func internalOnly(c echo.Context) error {
	return c.NoContent(460) // only reachable under /internal: no fallback diagnostic
}

func opsOnly(c echo.Context) error {
	return c.NoContent(460) // only reachable in a group marked internal: no fallback diagnostic
}

func overloaded(c echo.Context) error {
	return c.NoContent(529) // registered with fallback=503: not flagged
}

func notFound(c echo.Context) error {
	return c.NoContent(http.StatusNotFound)
}

func wrapped(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/wrapped".*no standard fallback`
}

// fakeContext has echo's method names but is not echo's Context: its calls
// are not status sites.
type fakeContext struct{}

func (fakeContext) JSON(code int, i any) error          { return nil }
func (fakeContext) NoContent(code int) error            { return nil }
func (fakeContext) Redirect(code int, url string) error { return nil }

// NewHTTPError is not echo's.
func NewHTTPError(code int, message ...any) error { return nil }

func notEcho(f fakeContext) error {
	_ = f.JSON(700, nil)         // not echo: not flagged
	_ = f.NoContent(499)         // not echo: not flagged
	_ = f.Redirect(0, "/")       // not echo: not flagged
	return NewHTTPError(700, "") // not echo: not flagged
}

// variable passes a code that is not a constant: it is not guessed.
func variable(c echo.Context, code int) error {
	return c.NoContent(code)
}

func upload(c echo.Context) error { return c.NoContent(http.StatusCreated) }

func quota(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		return c.NoContent(460) // want `custom status code 460 is sent on public route "/api/v1/media"`
	}
}

func internalQuota(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		return c.NoContent(460) // only under /internal: not flagged
	}
}
