package svc

import "net/http"

// MoreRoutes registers handlers of svc.go from another file.
func MoreRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /gone", gone)
	mux.HandleFunc("GET /gone-too", goneToo)
}
