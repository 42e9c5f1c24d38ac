package panics_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
)

func serve(h http.HandlerFunc) { h.ServeHTTP(httptest.NewRecorder(), nil) }

// Not flagged: the test writes 1000 to see net/http panic, and asserts it.
func TestBadCodePanics(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(1000)
	})
	assert.Panics(t, func() { serve(h) })
}

// Not flagged: the same through a method of Assertions.
func TestBadCodePanicsWithValue(t *testing.T) {
	a := assert.New(t)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(99)
	})
	a.PanicsWithValue("invalid WriteHeader code 99", func() { serve(h) })
}

// Not flagged: the test recovers the panic it expects.
func TestBadCodeRecovered(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("no panic")
		}
	}()
	serve(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(1000)
	})
}

// Flagged: NotPanics expects no panic, and net/http panics.
func TestBadCodeNotPanics(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(1000) // want `status code 1000 .* net/http panics`
	})
	assert.NotPanics(t, func() { serve(h) })
}

// Flagged: a test that expects no panic.
func TestBadCode(t *testing.T) {
	serve(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(600) // want `status code 600 .* outside 100–599`
	})
}
