// Package fasthttp exercises statuslint on fasthttp, which has no router:
// its handlers have unknown exposure and get no fallback diagnostic.
package fasthttp

import (
	"net/http"
	"time"

	"github.com/valyala/fasthttp"
)

//statuslint:code 460 "Rate Limited"

// Handler sends codes through every status API of fasthttp.
func Handler(ctx *fasthttp.RequestCtx) {
	ctx.SetStatusCode(700)                          // want `status code 700 .*outside 100–599: fasthttp sends it as is`
	ctx.SetStatusCode(0)                            // fasthttp's "no status set yet" (sent as 200): not flagged
	ctx.SetStatusCode(-3)                           // want `status code -3 .*outside 100–599: fasthttp sends 200 OK instead`
	ctx.SetStatusCode(499)                          // want `custom status code 499 .*has no registered description`
	ctx.Error("bad", 1000)                          // want `status code 1000 .*outside 100–599: fasthttp sends it as is`
	ctx.Error("gone", 499)                          // want `custom status code 499 .*has no registered description`
	ctx.TimeoutErrorWithCode("slow", 700)           // want `status code 700 .*outside 100–599`
	ctx.Response.SetStatusCode(700)                 // want `status code 700 .*outside 100–599`
	ctx.Response.Header.SetStatusCode(499)          // want `custom status code 499 .*has no registered description`
	ctx.Redirect("/a", 700)                         // want `status code 700 .*outside 100–599: fasthttp replaces every code but 301, 302, 303, 307 and 308 with 302 Found`
	ctx.RedirectBytes([]byte("/a"), 499)            // want `status code 499 passed to fasthttp.RequestCtx.RedirectBytes is not a redirect code: fasthttp replaces`
	ctx.SetStatusCode(460)                          // registered; no route reaches this handler, so no fallback diagnostic
	ctx.SetStatusCode(fasthttpStatusOK)             // standard: not flagged
	ctx.Redirect("/a", http.StatusMovedPermanently) // standard: not flagged
	ctx.Error("x", http.StatusTooManyRequests)      // standard: not flagged
}

const fasthttpStatusOK = 200

// Timeout wraps Handler with a code for timeouts.
var Timeout = fasthttp.TimeoutWithCodeHandler(Handler, time.Second, "slow", 700) // want `status code 700 .*outside 100–599`

// unknown is not flagged: the code is not a constant.
func unknown(ctx *fasthttp.RequestCtx, code int) { ctx.SetStatusCode(code) }

// lookAlike has SetStatusCode, but it is not fasthttp's.
type lookAlike struct{}

func (lookAlike) SetStatusCode(code int) {}

func useLookAlike() {
	var l lookAlike
	l.SetStatusCode(700) // not fasthttp: not flagged
}
