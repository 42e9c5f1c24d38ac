// Package server registers handlers of another package.
package server

import (
	"net/http"

	"sends/handlers"
)

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/limited", handlers.Limited)           // want `public route "/limited" sends custom status code 460 through handlers.Limited, but its registration names no standard fallback`
	mux.Handle("/calls", http.HandlerFunc(handlers.Calls)) // want `public route "/calls" sends custom status code 460`
	mux.Handle("/api/", handlers.API{})                    // want `public route "/api/" sends custom status code 460 through handlers.API.ServeHTTP`
	mux.HandleFunc("/internal/limited", handlers.Limited)  // internal path: not flagged
	mux.HandleFunc("/marked", handlers.Internal)           // the handler is marked internal in its package: not flagged
	mux.HandleFunc("/standard", handlers.Standard)         // standard codes only: not flagged
}
