package nethttp

import (
	"net/http"
	"testing"
)

// A test handler written out of order on purpose, to exercise a
// middleware that buffers or normalizes: tests are not checked for order.
func TestOutOfOrder(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("x"))
		w.Header().Set("X-Test", "1") // in a test: not flagged
		w.WriteHeader(http.StatusTeapot)
	})
	_ = h
}
