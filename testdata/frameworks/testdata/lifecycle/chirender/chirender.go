// Package chirender runs the lifecycle checks on handlers written against
// the real go-chi/render: render.Status records a status on the request,
// and the next render writes it, then its body, through net/http.
package chirender

import (
	"net/http"

	"github.com/go-chi/render"
)

func deleted(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusNoContent)
	render.JSON(w, r, render.M{"deleted": true}) // want `render.JSON writes a body after render.Status set status 204: net/http allows no body with 204 and drops it \(ErrBodyNotAllowed\)`
}

func onePath(w http.ResponseWriter, r *http.Request, cached bool) {
	if cached {
		render.Status(r, http.StatusNotModified)
	}
	render.PlainText(w, r, "fresh") // want `render.PlainText writes a body after render.Status set status 304`
}

func afterNoContent(w http.ResponseWriter, r *http.Request) {
	render.NoContent(w, r)
	render.JSON(w, r, render.M{"ok": true}) // want `render.JSON writes a body after render.NoContent set status 204`
}

func statusAfterRender(w http.ResponseWriter, r *http.Request) {
	render.JSON(w, r, render.M{"ok": true})
	w.WriteHeader(http.StatusInternalServerError) // want `http.ResponseWriter.WriteHeader sets status 500 after render.JSON committed the response`
}

// replaced: a later Status replaces 204 before the render: not flagged.
func replaced(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusNoContent)
	render.Status(r, http.StatusOK)
	render.JSON(w, r, render.M{"ok": true})
}

// returned: the 204 path returns without a body: not flagged.
func returned(w http.ResponseWriter, r *http.Request, gone bool) {
	if gone {
		render.Status(r, http.StatusNoContent)
		render.NoContent(w, r)
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, render.M{"created": true})
}

// nilBody: render.JSON(w, r, nil) under 204 writes "null", which nobody
// meant to send: not flagged.
func nilBody(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusNoContent)
	render.JSON(w, r, nil)
}
