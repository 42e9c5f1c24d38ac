// Package handlers declares handlers that another package registers,
// linted with unrouted handlers counted as public.
package handlers

import "net/http"

//statuslint:code 460 "Rate Limited"

// Limited is registered on a public route by another package, which
// reports it there: not reported here as unrouted.
func Limited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460)
}

// Admin is registered only under /internal/ by another package: not
// public, so reported nowhere.
func Admin(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460)
}

// hidden is registered by no route statuslint sees, and no other package
// can register it: public by the option.
func hidden(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on code that no visible route reaches, public by the unrouted-public option`
}

var _ = hidden
