// Package broken does not type-check.
package broken

import "net/http"

func handle(w http.ResponseWriter) {
	w.WriteHeader("seven hundred")
}
