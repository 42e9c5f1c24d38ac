// Package render is a stub of github.com/gin-gonic/gin/render for
// statuslint's tests: only the API they use.
package render

import "net/http"

// Render writes a response body.
type Render interface {
	Render(http.ResponseWriter) error
	WriteContentType(w http.ResponseWriter)
}
