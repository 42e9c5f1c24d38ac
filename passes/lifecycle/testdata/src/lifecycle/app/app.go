// Package app calls the helpers of lifecycle/respond: their effects come
// from facts.
package app

import (
	"errors"
	"io"
	"log"
	"net/http"

	"lifecycle/respond"
)

func helperThenStatus(w http.ResponseWriter) {
	respond.JSON(w, http.StatusOK, map[string]bool{"ok": true})
	w.WriteHeader(http.StatusInternalServerError)
}

func statusThenHelper(w http.ResponseWriter, err error) {
	w.WriteHeader(http.StatusOK)
	if err != nil {
		respond.Error(w, err)
	}
}

func twoHelpers(w http.ResponseWriter, err error) {
	if err != nil {
		respond.Error(w, err)
	}
	respond.JSON(w, http.StatusOK, nil)
}

func bodyAfterNoContent(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNoContent)
	respond.Line(w, "x")
	respond.Bytes(w, nil) // may write nothing: not flagged
}

func someHelper(w http.ResponseWriter) {
	respond.Maybe(w, true)
	w.WriteHeader(http.StatusOK) // Maybe commits on some paths only: not flagged
}

func guardedHelper(w http.ResponseWriter) {
	w.WriteHeader(http.StatusOK)
	respond.Guarded(w, errors.New("x")) // Guarded checks the writer first: not flagged
}

func checkResult(w http.ResponseWriter, r *http.Request) {
	if !respond.Check(w, r) {
		return
	}
	w.WriteHeader(http.StatusOK) // Check answered only on the path that returned: not flagged
}

func checkMissingReturn(w http.ResponseWriter, r *http.Request) {
	if !respond.Check(w, r) {
		log.Print("unauthorized")
	}
	w.WriteHeader(http.StatusOK)
}

func authMissingReturn(w http.ResponseWriter, r *http.Request) {
	if err := respond.Auth(w, r); err != nil {
		log.Print(err)
	}
	w.WriteHeader(http.StatusCreated)
}

func authReturns(w http.ResponseWriter, r *http.Request) {
	if err := respond.Auth(w, r); err != nil {
		return
	}
	w.WriteHeader(http.StatusCreated) // Auth answered only on the path that returned: not flagged
}

func looseMissingReturn(w http.ResponseWriter, r *http.Request) {
	if err := respond.Loose(w, r); err != nil {
		log.Print(err)
	}
	w.WriteHeader(http.StatusCreated) // Loose has no fact: not flagged
}

// local helpers of this package, summarized without facts.
func writeErr(w http.ResponseWriter, code int) {
	http.Error(w, http.StatusText(code), code)
}

func localHelper(w http.ResponseWriter, bad bool) {
	if bad {
		writeErr(w, http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusOK)
}

func localHelperReturn(w http.ResponseWriter, bad bool) {
	if bad {
		writeErr(w, http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Helpers given the code by their caller: a body under 204.

func helperNoContent(w http.ResponseWriter) {
	respond.JSON(w, http.StatusNoContent, map[string]bool{"ok": true})
}

func helperOK(w http.ResponseWriter) {
	respond.JSON(w, http.StatusOK, nil) // a code with a body: not flagged
}

// writeText sets the caller's code, then writes the caller's text.
func writeText(w http.ResponseWriter, code int, msg string) {
	w.WriteHeader(code)
	io.WriteString(w, msg)
}

func localNoContent(w http.ResponseWriter) {
	writeText(w, http.StatusNotModified, "cached")
}

func localNoContentEmpty(w http.ResponseWriter) {
	writeText(w, http.StatusNoContent, "") // no text: not flagged
}
