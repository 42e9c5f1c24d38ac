// Package panics holds handlers whose tests write invalid codes.
package panics

import "net/http"

// Handler answers with the code it is built with.
func Handler(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) }
}
