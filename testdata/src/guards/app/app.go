// Package app calls the helpers of respond with optional codes.
package app

import (
	"net/http"

	"guards/respond"
)

func handler(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, nil, 0)                         // 0 is "keep the status": JSON does not send it
	respond.JSON(w, nil, 499)                       // want `custom status code 499 passed to respond.JSON has no registered description`
	respond.Positive(w, 0)                          // excluded by code > 0
	respond.Positive(w, -1)                         // excluded by code > 0
	respond.Positive(w, 700)                        // want `status code 700 passed to respond.Positive is outside 100–599`
	respond.Valid(w, 700)                           // excluded by code <= 599
	respond.Early(w, 0)                             // excluded by the early return
	respond.Else(w, 0)                              // excluded by the else branch
	respond.Either(w, 0, true)                      // want `status code 0 passed to respond.Either is outside 100–599`
	respond.Other(w, 0, 1)                          // want `status code 0 passed to respond.Other is outside 100–599`
	respond.Or(w, 0, true)                          // want `status code 0 passed to respond.Or is outside 100–599`
	respond.Via(w, nil, 0)                          // excluded through JSON's guard
	respond.Via(w, nil, 460)                        // want `custom status code 460 passed to respond.Via has no registered description`
	respond.Defaulted(w, 0)                         // excluded: OrDefault replaces it
	respond.Defaulted(w, 461)                       // want `custom status code 461 passed to respond.Defaulted has no registered description`
	w.WriteHeader(respond.OrDefault(0))             // OrDefault(0) is 500
	w.WriteHeader(respond.OrDefault(462))           // want `custom status code 462 passed to http.ResponseWriter.WriteHeader has no registered description`
	w.WriteHeader(respond.Clamp(1000))              // Clamp(1000) is 500
	w.WriteHeader(respond.Maybe(463, r.Host == "")) // want `custom status code 463 passed to http.ResponseWriter.WriteHeader has no registered description`
}

// local guards on variables of this function. Each constant is reported
// where it is assigned.
func local(w http.ResponseWriter, r *http.Request) {
	status := 0 // excluded by the test before the site
	if r.Method == http.MethodPost {
		status = 464 // want `custom status code 464 passed to http.ResponseWriter.WriteHeader has no registered description`
	}
	if status != 0 {
		w.WriteHeader(status)
	}

	n := 0 // excluded by the early return
	if r.Host == "" {
		n = 600 // replaced before the site
	}
	if n == 0 {
		return
	}
	if n > 599 {
		n = http.StatusBadGateway
	}
	w.WriteHeader(n)

	m := 0 // want `status code 0 passed to http.ResponseWriter.WriteHeader is outside 100–599`
	if r.Host == "" {
		m = 465 // replaced before the site
	}
	if m != 0 {
		m = 0 // want `status code 0 passed to http.ResponseWriter.WriteHeader is outside 100–599`
	}
	w.WriteHeader(m)

	if c := respond.StatusFor(nil); c != 0 { // want `custom status code 471 returned by respond.StatusFor and passed to http.ResponseWriter.WriteHeader has no registered description`
		w.WriteHeader(c) // StatusFor's 0 excluded by the test
	}
	c2 := respond.StatusFor(nil) // want `status code 0 returned by respond.StatusFor and passed to http.ResponseWriter.WriteHeader is outside 100–599` `custom status code 471 returned by respond.StatusFor`
	w.WriteHeader(c2)

	code, msg := respond.ToHTTP(nil) // want `custom status code 487 returned by respond.ToHTTP and passed to http.Error has no registered description`
	http.Error(w, msg, code)

	s := 0 // excluded by the switch
	switch r.Method {
	case http.MethodPost:
		s = 467 // want `custom status code 467 passed to http.ResponseWriter.WriteHeader has no registered description`
	}
	switch {
	case s == 0:
	default:
		w.WriteHeader(s)
	}

	k := 466 // want `custom status code 466 passed to http.ResponseWriter.WriteHeader has no registered description`
	go func() {
		k = 0 // want `status code 0 passed to http.ResponseWriter.WriteHeader is outside 100–599`
	}()
	if k != 0 {
		w.WriteHeader(k) // k is assigned in a function literal: no guard is trusted
	}
}

func more(w http.ResponseWriter) {
	respond.Jump(w, 0)             // excluded: the goto leaves before the site
	respond.Switched(w, 0)         // excluded by the case that returns
	respond.Tagged(w, 0)           // excluded by case 0
	respond.Chain(w, 700)          // excluded by the else-if chain
	respond.SwitchOther(w, 0, "x") // want `status code 0 passed to respond.SwitchOther is outside 100–599`
	respond.Loop(w, nil, 0)        // excluded by the continue
	respond.Case(w, "json", 42)    // excluded by the return
}
