// Package cors is a stub of github.com/rs/cors v1.11.1 for statuslint's
// tests: only the API they use, with the real signatures.
package cors

import "net/http"

// Options configures a Cors handler.
type Options struct {
	AllowedOrigins []string
}

// Cors is a CORS handler.
type Cors struct{}

// New creates a Cors handler with the given options.
func New(options Options) *Cors { return &Cors{} }

// Default creates a Cors handler with default options.
func Default() *Cors { return New(Options{}) }

// Handler applies the CORS specification to the requests of h.
func (c *Cors) Handler(h http.Handler) http.Handler { return h }
