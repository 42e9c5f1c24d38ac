// Package hertz runs the lifecycle checks on handlers written against the
// real hertz, which buffers the response as fasthttp does: the last
// status wins and late headers are sent (superfluous and header do not
// apply); a render whose own status allows no body writes none, and a body
// under such a status, with no later status, is not sent (bodyless).
package hertz

import (
	"context"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
)

func render204(_ context.Context, ctx *app.RequestContext) {
	ctx.JSON(http.StatusNoContent, map[string]bool{"deleted": true}) // want `app.RequestContext.JSON with status 204 writes no body: hertz renders no body for 204`
}

func statusThenWrite(_ context.Context, ctx *app.RequestContext) {
	ctx.Status(http.StatusNoContent)
	ctx.WriteString("deleted") // want `app.RequestContext.WriteString writes a body after app.RequestContext.Status set status 204: hertz sends the response with 204 and no body`
}

// renderOK: 200 carries the body: not flagged.
func renderOK(_ context.Context, ctx *app.RequestContext) {
	ctx.JSON(http.StatusOK, map[string]bool{"ok": true})
}

// emptyRender: a 204 render with no body loses nothing: not flagged.
func emptyRender(_ context.Context, ctx *app.RequestContext) {
	ctx.Data(http.StatusNoContent, "text/plain", nil)
}

// lastWins: hertz sends the last status and every header: not flagged.
func lastWins(_ context.Context, ctx *app.RequestContext, err error) {
	if err != nil {
		ctx.String(http.StatusBadRequest, "bad request")
	}
	ctx.JSON(http.StatusOK, map[string]bool{"ok": true})
	ctx.Header("Cache-Control", "no-store")
}
