// Package hertz exercises statuslint on hertz, whose *RequestContext is a
// struct and whose Redirect takes the code first.
package hertz

import (
	"context"
	"errors"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/cloudwego/hertz/pkg/app/server"
	"github.com/cloudwego/hertz/pkg/route"
)

//statuslint:code 460 "Rate Limited"

// routes registers the handlers under groups.
func routes(h *server.Hertz) {
	h.GET("/status", status)
	h.POST("/redirect", redirect)
	h.Handle("PUT", "/abort", abort)

	api := h.Group("/api")
	api.GET("/limited", limited)

	internal := h.Group("/internal")
	internal.GET("/limited", internalOnly) // under /internal: no fallback diagnostic

	//statuslint:internal
	ops := h.Group("/ops")
	ops.GET("/limited", opsOnly) // the group is marked internal

	v1 := api.Group("/v1")
	v1.POST("/limited", v1Limited)

	var r route.IRoutes = h
	r.GET("/iface", viaInterface)
}

func status(c context.Context, ctx *app.RequestContext) {
	ctx.Status(700)                        // want `status code 700 .*outside 100–599: hertz only logs a warning and sends it as is`
	ctx.SetStatusCode(0)                   // hertz's "no status set yet" (sent as 200): not flagged
	ctx.SetStatusCode(-3)                  // want `status code -3 .*outside 100–599: hertz only logs a warning`
	ctx.JSON(499, nil)                     // want `custom status code 499 .*has no registered description`
	ctx.String(1000, "x")                  // want `status code 1000 .*outside 100–599`
	ctx.Data(499, "text/plain", nil)       // want `custom status code 499 .*has no registered description`
	ctx.Response.SetStatusCode(700)        // want `status code 700 .*outside 100–599`
	ctx.Response.Header.SetStatusCode(499) // want `custom status code 499 .*has no registered description`
	ctx.JSON(http.StatusTeapot, nil)       // standard: not flagged
}

func redirect(c context.Context, ctx *app.RequestContext) {
	ctx.Redirect(700, []byte("/a"))              // want `status code 700 .*outside 100–599: hertz replaces every code but 301, 302, 303, 307 and 308 with 302 Found`
	ctx.Redirect(http.StatusFound, []byte("/a")) // standard: not flagged
}

func abort(c context.Context, ctx *app.RequestContext) {
	ctx.AbortWithMsg("gone", 499)               // want `custom status code 499 .*has no registered description`
	ctx.AbortWithMsg("700 in the message", 400) // the code is the second argument: not flagged
	ctx.AbortWithStatus(700)                    // want `status code 700 .*outside 100–599`
	ctx.AbortWithStatusJSON(499, nil)           // want `custom status code 499 .*has no registered description`
	_ = errors.New("499")                       // not a status: not flagged
}

func limited(c context.Context, ctx *app.RequestContext) {
	ctx.Status(460) // want `custom status code 460 is sent on public route "/api/limited".*no standard fallback`
}

func internalOnly(c context.Context, ctx *app.RequestContext) {
	ctx.Status(460) // only reachable under /internal
}

func opsOnly(c context.Context, ctx *app.RequestContext) {
	ctx.Status(460) // only reachable through a group marked internal
}

func v1Limited(c context.Context, ctx *app.RequestContext) {
	ctx.Status(460) // want `custom status code 460 is sent on public route "/api/v1/limited".*no standard fallback`
}

func viaInterface(c context.Context, ctx *app.RequestContext) {
	ctx.Status(460) // want `custom status code 460 is sent on public route "/iface".*no standard fallback`
}

// unknown is not flagged: the code is not a constant.
func unknown(ctx *app.RequestContext, code int) { ctx.Status(code) }

// lookAlike has Status and Redirect, but they are not hertz's.
type lookAlike struct{}

func (lookAlike) Status(code int)               {}
func (lookAlike) Redirect(code int, uri []byte) {}

func useLookAlike() {
	var l lookAlike
	l.Status(700)        // not hertz: not flagged
	l.Redirect(499, nil) // not hertz: not flagged
}
