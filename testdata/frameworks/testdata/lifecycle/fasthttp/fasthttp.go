// Package fasthttp runs the lifecycle checks on handlers written against
// the real fasthttp, which sends the response when the handler returns:
// the last status wins (superfluous does not apply, nor header); a body
// under 1xx, 204 or 304, with no later status, is not sent (bodyless).
package fasthttp

import (
	"fmt"
	"net/http"

	"github.com/valyala/fasthttp"
)

func noContent(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(http.StatusNoContent)
	ctx.SetBodyString("deleted") // want `fasthttp.RequestCtx.SetBodyString writes a body after fasthttp.RequestCtx.SetStatusCode set status 204: fasthttp sends the response with 204 and no body`
}

func notModified(ctx *fasthttp.RequestCtx) {
	ctx.NotModified()
	fmt.Fprintln(ctx, "cached") // want `fmt.Fprintln writes a body after fasthttp.RequestCtx.NotModified set status 304`
}

func informational(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(http.StatusEarlyHints)
	ctx.Success("text/plain", []byte("hints")) // want `fasthttp.RequestCtx.Success writes a body after fasthttp.RequestCtx.SetStatusCode set status 103`
}

// replaced: the body goes out with the last status, 200: not flagged.
func replaced(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(http.StatusNoContent)
	ctx.SetBodyString("deleted")
	ctx.SetStatusCode(http.StatusOK)
}

// returned: the handler returns before the body: not flagged.
func returned(ctx *fasthttp.RequestCtx, gone bool) {
	ctx.SetStatusCode(http.StatusNoContent)
	if gone {
		return
	}
	ctx.SetStatusCode(http.StatusOK)
	ctx.SetBodyString("here")
}

// lastWins: a second status replaces the first, which was never sent:
// not flagged.
func lastWins(ctx *fasthttp.RequestCtx, err error) {
	if err != nil {
		ctx.Error(err.Error(), http.StatusBadRequest)
	}
	ctx.SetStatusCode(http.StatusCreated)
	ctx.SetBodyString("created")
}
