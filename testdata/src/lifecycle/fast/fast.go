// Package fast covers fasthttp and hertz: they hold the whole response
// until the handler returns, so only their redirect codes are checked.
package fast

import (
	"context"
	"net/http"

	"github.com/cloudwego/hertz/pkg/app"
	"github.com/valyala/fasthttp"
)

func fasthttpHandler(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(http.StatusOK)
	ctx.SetStatusCode(http.StatusCreated) // the response is sent after the handler: not flagged
	ctx.Redirect("/a", http.StatusOK)     // want `status code 200 passed to fasthttp.RequestCtx.Redirect is not a redirect code: fasthttp replaces every code but 301, 302, 303, 307 and 308 with 302 Found`
	ctx.Redirect("/a", http.StatusMovedPermanently)
}

func hertzHandler(_ context.Context, ctx *app.RequestContext) {
	ctx.Redirect(http.StatusMultipleChoices, []byte("/a")) // want `status code 300 passed to app.RequestContext.Redirect is not a redirect code: hertz replaces`
	ctx.Redirect(http.StatusPermanentRedirect, []byte("/a"))
}
