package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFrameworks runs statuslint over packages that use the stubbed gin,
// echo v4 and v5, chi with go-chi/render, gorilla/mux with
// gorilla/handlers, and httprouter. One run loads them all.
func TestFrameworks(t *testing.T) {
	analysistest.Run(t, testdata, codeChecks,
		"fw/gin", "fw/echov4", "fw/echov5", "fw/chi", "fw/gorilla", "fw/httprouter")
}
