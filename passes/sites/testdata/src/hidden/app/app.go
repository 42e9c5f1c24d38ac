// Package app uses the helpers of respond.
package app

import (
	"net/http"

	"hidden/respond"
)

//statuslint:code 460 "Rate Limited"

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/items", items)
	mux.HandleFunc("/vars", vars)
	mux.HandleFunc("/errors", errs)
}

func items(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, 700, nil)
	respond.Error(w, nil, 0)
	respond.Generic(w, 1000, "x")
	respond.JSON(w, respond.StatusClientClosedRequest, nil) // registered in respond: not flagged
	respond.JSON(w, 460, nil)
	respond.JSON(w, http.StatusOK, nil) // standard: not flagged
	respond.JSON(w, respond.StatusFor(nil), nil)
	respond.JSON(w, respond.Count(), nil) // Count returns no status code: no fact, unknown
	respond.JSON(w, len(r.URL.Path), nil) // unknown: not guessed
}

// vars: local variables whose every assignment is a constant.
func vars(w http.ResponseWriter, r *http.Request) {
	code := 460
	if r.Method == http.MethodHead {
		code = 700
	}
	w.WriteHeader(code)

	mixed := 200
	if r.URL.Path == "" {
		mixed = len(r.URL.RawQuery) // not a constant: mixed is unknown
	}
	w.WriteHeader(mixed) // unknown: not flagged

	fromCall := respond.Count()
	w.WriteHeader(fromCall) // receives a function's result that is no mapper: unknown

	var declared int // the zero value is not taken for a code
	declared = 201
	w.WriteHeader(declared)

	counted := 100
	counted++
	w.WriteHeader(counted) // changed by ++: unknown
}

// errs: constants stored into a status field of another package.
func errs(w http.ResponseWriter, r *http.Request) {
	e := &respond.APIError{Status: 600, Message: "x"}
	e.Status = 700
	e.Status = 0 // a reset to the zero value: not flagged
	e.Write(w)
	u := respond.Unrelated{Status: 0} // not a status field: not flagged
	_ = u
}
