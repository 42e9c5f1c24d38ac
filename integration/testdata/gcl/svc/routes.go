package svc

import "net/http"

// moreRoutes registers handlers of svc.go from another file.
func moreRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /gone", gone)
	mux.HandleFunc("GET /gone-too", goneToo)
}
