// Package handlers is a stub of github.com/gorilla/handlers v1.5.2 for
// statuslint's tests: only the API they use.
package handlers

import (
	"io"
	"net/http"
)

// CanonicalHost redirects requests for other hosts to domain with code.
func CanonicalHost(domain string, code int) func(h http.Handler) http.Handler { return nil }

// CORSOption configures CORS.
type CORSOption func() error

// CORS returns a CORS middleware.
func CORS(opts ...CORSOption) func(http.Handler) http.Handler { return nil }

// OptionStatusCode sets the status of preflight answers.
func OptionStatusCode(code int) CORSOption { return nil }

// LoggingHandler logs each request of h to out.
func LoggingHandler(out io.Writer, h http.Handler) http.Handler { return h }

// CompressHandler compresses the responses of h.
func CompressHandler(h http.Handler) http.Handler { return h }
