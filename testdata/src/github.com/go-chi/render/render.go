// Package render is a stub of github.com/go-chi/render v1.0.3 for
// statuslint's tests: only the API they use.
package render

import "net/http"

// Status records the code that the next render call sends.
func Status(r *http.Request, status int) {}

// JSON writes v as JSON with the recorded status.
func JSON(w http.ResponseWriter, r *http.Request, v any) {}

// PlainText writes v with the recorded status.
func PlainText(w http.ResponseWriter, r *http.Request, v string) {}

// NoContent writes 204.
func NoContent(w http.ResponseWriter, r *http.Request) {}
