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
	respond.JSON(w, 700, nil)                               // want `status code 700 passed to respond.JSON is outside 100–599: net/http sends it as is`
	respond.Error(w, nil, 0)                                // want `status code 0 passed to respond.Error is outside 100–599: net/http panics`
	respond.Generic(w, 1000, "x")                           // want `status code 1000 passed to respond.Generic`
	respond.JSON(w, respond.StatusClientClosedRequest, nil) // registered in respond: not flagged
	respond.JSON(w, 460, nil)                               // want `custom status code 460 is sent on public route "/items", but its registration names no standard fallback`
	respond.JSON(w, http.StatusOK, nil)                     // standard: not flagged
	respond.JSON(w, respond.StatusFor(nil), nil)            // want `status code 700 returned by respond.StatusFor and passed to respond.JSON is outside 100–599` `custom status code 477 returned by respond.StatusFor and passed to respond.JSON has no registered description`
	respond.JSON(w, respond.Count(), nil)                   // Count returns no status code: no fact, unknown
	respond.JSON(w, len(r.URL.Path), nil)                   // unknown: not guessed
}

// vars: local variables whose every assignment is a constant.
func vars(w http.ResponseWriter, r *http.Request) {
	code := 460 // want `custom status code 460 is sent on public route "/vars"`
	if r.Method == http.MethodHead {
		code = 700 // want `status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599`
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
	e := &respond.APIError{Status: 600, Message: "x"} // want `status code 600 stored in respond.APIError.Status is outside 100–599`
	e.Status = 700                                    // want `status code 700 stored in respond.APIError.Status is outside 100–599`
	e.Status = 0                                      // a reset to the zero value: not flagged
	e.Write(w)
	u := respond.Unrelated{Status: 0} // not a status field: not flagged
	_ = u
}
