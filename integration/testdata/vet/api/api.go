// Package api holds handlers; it imports the registrations of package
// codes, and web registers its handlers on routes.
package api

import (
	"net/http"

	"example.com/vetfixture/codes"
)

// Cancel answers a request whose client went away.
func Cancel(w http.ResponseWriter, r *http.Request) {
	if r.Context().Err() != nil {
		// Not flagged: 499 is registered in package codes, imported here.
		w.WriteHeader(499)
		return
	}
	// Not flagged: the constant's registration comes from package codes.
	w.WriteHeader(codes.StatusLoadBalancerClosed)
	w.WriteHeader(520) // want `custom status code 520 passed to http\.ResponseWriter\.WriteHeader has no registered description` // want `http\.ResponseWriter\.WriteHeader sets status 520 after http\.ResponseWriter\.WriteHeader committed the response`
}

// Forwarded rejects requests that went through too many proxies.
func Forwarded(w http.ResponseWriter, r *http.Request) {
	// Not flagged here: 463 is registered, and this package registers no
	// route; web's route registration gets the fallback diagnostic.
	http.Error(w, "too many forwarded IPs", 463)
}
