// Package fasthttp is a stub of github.com/valyala/fasthttp for
// statuslint's tests: only the API they use, with the real receiver kinds
// (all structs).
package fasthttp

import "time"

// RequestHandler handles a request.
type RequestHandler func(ctx *RequestCtx)

// ResponseHeader is a response header.
type ResponseHeader struct{ statusCode int }

// SetStatusCode sets the status code.
func (h *ResponseHeader) SetStatusCode(statusCode int) { h.statusCode = statusCode }

// Response is a response.
type Response struct{ Header ResponseHeader }

// SetStatusCode sets the status code.
func (resp *Response) SetStatusCode(statusCode int) { resp.Header.SetStatusCode(statusCode) }

// RequestCtx is the request context.
type RequestCtx struct{ Response Response }

// SetStatusCode sets the status code.
func (ctx *RequestCtx) SetStatusCode(statusCode int) {}

// Error resets the response and sends msg with statusCode.
func (ctx *RequestCtx) Error(msg string, statusCode int) {}

// Redirect redirects to uri; non-redirect codes become 302.
func (ctx *RequestCtx) Redirect(uri string, statusCode int) {}

// RedirectBytes redirects to uri; non-redirect codes become 302.
func (ctx *RequestCtx) RedirectBytes(uri []byte, statusCode int) {}

// TimeoutErrorWithCode sends msg with statusCode after a timeout.
func (ctx *RequestCtx) TimeoutErrorWithCode(msg string, statusCode int) {}

// SetBodyString sets the body.
func (ctx *RequestCtx) SetBodyString(body string) {}

// TimeoutWithCodeHandler wraps h, sending statusCode on timeout.
func TimeoutWithCodeHandler(h RequestHandler, timeout time.Duration, msg string, statusCode int) RequestHandler {
	return h
}
