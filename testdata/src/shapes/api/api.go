// Package api reads a status through a named interface declared in
// another package, implemented in that package and in a third one.
package api

import (
	"net/http"

	"shapes/apierr"
	"shapes/quota"
)

func lookup(id string) error {
	switch id {
	case "":
		return apierr.Throttled{}
	case "q":
		return quota.Exhausted{}
	}
	return nil
}

func handler(w http.ResponseWriter, r *http.Request) {
	err := lookup(r.URL.Path)
	if sc, ok := err.(apierr.StatusCoder); ok {
		// The implementations in this program: apierr.Throttled (462,
		// through its fact) and quota.Exhausted (429, standard: not
		// flagged).
		http.Error(w, err.Error(), sc.StatusCode()) // want `custom status code 462 returned by apierr.Throttled.StatusCode and passed to http.Error has no registered description`
	}
}

// status is an interface of this package that nothing in the program
// implements (no method Status): its result is unknown, not flagged.
type status interface{ Status() int }

func other(w http.ResponseWriter, err error) {
	if s, ok := err.(status); ok {
		w.WriteHeader(s.Status())
	}
}
