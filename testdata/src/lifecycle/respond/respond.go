// Package respond is a package of response helpers, seen by its importers
// (lifecycle/app) through facts only.
package respond

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// JSON commits the response on every path.
func JSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// Error sets a status on every path.
func Error(w http.ResponseWriter, err error) {
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

// Line writes a body and sets no status.
func Line(w http.ResponseWriter, msg string) {
	fmt.Fprintln(w, msg)
}

// Bytes writes what it is given, which may be nothing: it commits, but
// writes no body that is known to be non-empty.
func Bytes(w http.ResponseWriter, b []byte) {
	w.Write(b)
}

// Maybe commits on some paths only: no fact.
func Maybe(w http.ResponseWriter, fail bool) {
	if fail {
		http.Error(w, "fail", http.StatusInternalServerError)
	}
}

// Guarded tests the writer's state first: it does not always set a status.
func Guarded(w http.ResponseWriter, err error) {
	if ww, ok := w.(interface{ Written() bool }); ok && ww.Written() {
		return
	}
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

// Check answers 401 and reports false, or reports true and writes nothing.
func Check(w http.ResponseWriter, r *http.Request) bool {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return false
	}
	return true
}

var errUnauthorized = errors.New("unauthorized")

// Auth answers 401 and returns an error, or returns nil and writes nothing.
func Auth(w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return errUnauthorized
	}
	return nil
}

// Loose answers 401 and returns an error, or returns nil after it may have
// written: no fact.
func Loose(w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return errUnauthorized
	}
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
	}
	return nil
}
