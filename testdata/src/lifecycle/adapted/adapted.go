// Package adapted serves net/http handlers on fasthttp, through an adaptor
// that buffers the whole response (as fasthttpadaptor does): the last
// status wins and headers set at any time are sent, so order is no bug
// here; a 204 still carries no body.
package adapted

import (
	"fmt"
	"net/http"

	"github.com/valyala/fasthttp"
)

// Adapt is where the package meets fasthttp.
func Adapt(h http.HandlerFunc) fasthttp.RequestHandler { return nil }

func userinfo(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("{}"))
	// Not flagged: the adaptor applies headers after the handler returns.
	w.Header().Set("Cache-Control", "no-store")
	// Not flagged: the adaptor keeps the last status.
	w.WriteHeader(http.StatusAccepted)
}

func ping(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
	fmt.Fprintln(w, "pong") // want `fmt\.Fprintln writes a body after http\.ResponseWriter\.WriteHeader set status 204`
}
