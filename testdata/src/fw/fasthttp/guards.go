package fasthttp

import (
	"encoding/json"

	"github.com/valyala/fasthttp"
)

// replyCtx wraps a request context, as services do.
type replyCtx struct{ *fasthttp.RequestCtx }

// ReplyJSON writes data, and sets the status only when one is given: 0
// keeps the status already set.
func (ctx *replyCtx) ReplyJSON(data any, statusCode int) error {
	body, err := json.Marshal(data)
	if err != nil {
		return err
	}
	if statusCode > 0 {
		ctx.SetStatusCode(statusCode)
	}
	ctx.SetBodyString(string(body))
	return nil
}

func replies(ctx *replyCtx) {
	_ = ctx.ReplyJSON(nil, 0)    // excluded by statusCode > 0
	_ = ctx.ReplyJSON(nil, -1)   // excluded by statusCode > 0
	_ = ctx.ReplyJSON(nil, 200)  // standard: not flagged
	_ = ctx.ReplyJSON(nil, 1000) // want `status code 1000 passed to replyCtx.ReplyJSON is outside 100–599: fasthttp sends it as is`
	_ = ctx.ReplyJSON(nil, 490)  // want `custom status code 490 passed to replyCtx.ReplyJSON has no registered description`
}
