// Package app is a stub of github.com/cloudwego/hertz/pkg/app for
// statuslint's tests: only the API they use, with the real receiver kinds
// (*RequestContext is a struct).
package app

import (
	"context"

	"github.com/cloudwego/hertz/pkg/protocol"
)

// HandlerFunc handles a request.
type HandlerFunc func(c context.Context, ctx *RequestContext)

// RequestContext is the request context.
type RequestContext struct{ Response protocol.Response }

// Status sets the status code.
func (ctx *RequestContext) Status(code int) {}

// SetStatusCode sets the status code.
func (ctx *RequestContext) SetStatusCode(statusCode int) {}

// AbortWithStatus aborts with code.
func (ctx *RequestContext) AbortWithStatus(code int) {}

// AbortWithMsg aborts with msg and statusCode; note the argument order.
func (ctx *RequestContext) AbortWithMsg(msg string, statusCode int) {}

// AbortWithStatusJSON aborts with code and a JSON body.
func (ctx *RequestContext) AbortWithStatusJSON(code int, jsonObj interface{}) {}

// JSON sends obj as JSON with code.
func (ctx *RequestContext) JSON(code int, obj interface{}) {}

// String sends a formatted string with code.
func (ctx *RequestContext) String(code int, format string, values ...interface{}) {}

// Data sends data with code.
func (ctx *RequestContext) Data(code int, contentType string, data []byte) {}

// Redirect redirects to uri; the code comes first, and non-redirect codes
// become 302.
func (ctx *RequestContext) Redirect(statusCode int, uri []byte) {}
