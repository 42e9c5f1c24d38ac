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
	w.WriteHeader(http.StatusInternalServerError) // want `http.ResponseWriter.WriteHeader sets status 500 after respond.JSON committed the response`
}

func statusThenHelper(w http.ResponseWriter, err error) {
	w.WriteHeader(http.StatusOK)
	if err != nil {
		respond.Error(w, err) // want `respond.Error sets a status after http.ResponseWriter.WriteHeader committed the response`
	}
}

func twoHelpers(w http.ResponseWriter, err error) {
	if err != nil {
		respond.Error(w, err)
	}
	respond.JSON(w, http.StatusOK, nil) // want `respond.JSON sets a status after respond.Error committed the response`
}

func bodyAfterNoContent(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNoContent)
	respond.Line(w, "x")  // want `respond.Line writes a body after http.ResponseWriter.WriteHeader set status 204`
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
	w.WriteHeader(http.StatusOK) // want `http.ResponseWriter.WriteHeader sets status 200 after respond.Check committed the response`
}

func authMissingReturn(w http.ResponseWriter, r *http.Request) {
	if err := respond.Auth(w, r); err != nil {
		log.Print(err)
	}
	w.WriteHeader(http.StatusCreated) // want `http.ResponseWriter.WriteHeader sets status 201 after respond.Auth committed the response`
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
	w.WriteHeader(http.StatusOK) // want `http.ResponseWriter.WriteHeader sets status 200 after writeErr committed the response`
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
	respond.JSON(w, http.StatusNoContent, map[string]bool{"ok": true}) // want `respond.JSON with status 204 loses its body: net/http allows no body with 204 \(ErrBodyNotAllowed\)`
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
	writeText(w, http.StatusNotModified, "cached") // want `writeText with status 304 loses its body`
}

func localNoContentEmpty(w http.ResponseWriter) {
	writeText(w, http.StatusNoContent, "") // no text: not flagged
}
