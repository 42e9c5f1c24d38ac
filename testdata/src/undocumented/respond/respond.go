// Package respond has response helpers that other packages' handlers call.
package respond

import "net/http"

// NotFound sends 404.
func NotFound(w http.ResponseWriter) {
	http.Error(w, "not found", http.StatusNotFound)
}

// Conflict sends 409.
func Conflict(w http.ResponseWriter) {
	http.Error(w, "conflict", http.StatusConflict)
}
