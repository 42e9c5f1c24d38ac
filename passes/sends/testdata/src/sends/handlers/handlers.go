// want package:"hasSends"

// Package handlers declares handlers that another package registers.
package handlers

import "net/http"

//statuslint:code 460 "Rate Limited"

// Limited sends 460.
func Limited(w http.ResponseWriter, r *http.Request) { // want Limited:`sends\(460\)`
	w.WriteHeader(460)
}

// Calls sends what limit sends.
func Calls(w http.ResponseWriter, r *http.Request) { // want Calls:`sends\(429, 460\)`
	limit(w)
}

func limit(w http.ResponseWriter) { // want limit:`sends\(429, 460\)`
	w.WriteHeader(http.StatusTooManyRequests)
	w.WriteHeader(460)
}

// Internal is marked internal: the routes that register it are internal.
//
//statuslint:internal
func Internal(w http.ResponseWriter, r *http.Request) { // want Internal:`sends\(460\)`
	w.WriteHeader(460)
}

// Standard sends only standard codes, which its fact lists too.
func Standard(w http.ResponseWriter, r *http.Request) { // want Standard:`sends\(429\)`
	w.WriteHeader(http.StatusTooManyRequests)
}

// API is a handler type.
type API struct{}

// ServeHTTP sends 460.
func (API) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want ServeHTTP:`sends\(460\)`
	w.WriteHeader(460)
}
