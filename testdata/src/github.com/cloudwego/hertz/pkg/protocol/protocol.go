// Package protocol is a stub of github.com/cloudwego/hertz/pkg/protocol for
// statuslint's tests: only the API they use, with the real receiver kinds.
package protocol

// ResponseHeader is a response header.
type ResponseHeader struct{ statusCode int }

// SetStatusCode sets the status code; hertz only logs a bad one.
func (h *ResponseHeader) SetStatusCode(statusCode int) { h.statusCode = statusCode }

// Response is a response.
type Response struct{ Header ResponseHeader }

// SetStatusCode sets the status code.
func (resp *Response) SetStatusCode(statusCode int) { resp.Header.SetStatusCode(statusCode) }
