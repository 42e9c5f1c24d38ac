package svc

import "net/http"

// MoreRoutes registers handlers of svc.go from another file.
func MoreRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /cancelled", cancelled)
	mux.HandleFunc("GET /cancelled-too", cancelledToo)
}
