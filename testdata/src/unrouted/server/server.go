// Package server registers the handlers of another package.
package main

import (
	"net/http"

	"unrouted/handlers"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/limited", handlers.Limited) // want `public route "/limited" sends custom status code 460 through handlers.Limited`
	mux.HandleFunc("/internal/admin", handlers.Admin)
	http.ListenAndServe(":8080", mux)
}
