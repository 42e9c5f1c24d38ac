// Package flags builds a sub-application that another package mounts: its
// exposure is decided there, so nothing is reported here.
package flags

import (
	"net/http"

	"routes/codes"
)

// Handler returns the flags service.
func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /flags/{name}", get) // leaves the package: not flagged here
	return mux
}

func get(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(codes.RateLimited) // exposure decided by the importer: not flagged here
}
