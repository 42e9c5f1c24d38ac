// Package app documents handlers whose codes another package sends.
package app

import (
	"net/http"

	"undocumented/respond"
)

// Error is the error body.
type Error struct{ Message string }

// Show sends 404 through respond.NotFound, which it does not document.
//
// @Success 200
// @Failure 409 {object} app.Error "Conflict"
func Show(w http.ResponseWriter, r *http.Request) { // want `Show sends status code 404, which its @Failure/@Success list does not document`
	if r.URL.Query().Has("dup") {
		respond.Conflict(w)
		return
	}
	respond.NotFound(w)
}

// Update documents both codes that its helpers send: not flagged.
//
// @Success 200
// @Failure 404,409 {object} app.Error
func Update(w http.ResponseWriter, r *http.Request) {
	respond.Conflict(w)
	respond.NotFound(w)
}
