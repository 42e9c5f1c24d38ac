// Package other imports neither codes nor api: their registrations do not
// hold here.
package other

import "net/http"

// Cancel sends 499 without a registration in reach.
func Cancel(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(499) // want `custom status code 499 passed to http\.ResponseWriter\.WriteHeader has no registered description`
	w.WriteHeader(700) // want `status code 700 passed to http\.ResponseWriter\.WriteHeader is outside 100–599: net/http sends it as is` // want `http\.ResponseWriter\.WriteHeader sets status 700 after http\.ResponseWriter\.WriteHeader committed the response`
}
