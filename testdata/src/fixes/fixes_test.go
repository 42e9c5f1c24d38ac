package fixes

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestUpstream stubs an upstream that fails the way Cloudflare does. Custom
// codes in test files need no registration (test doubles imitate other
// servers): 520 gets no diagnostic, so no fix inserts a registration here.
func TestUpstream(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(520)
	}))
	defer srv.Close()
}

// TestTestRoutes registers routes in a test: a test server is no public
// route, so 460 (registered without fallback) is not reported, neither in
// the test's own handler nor in quiet, which only this test routes.
func TestTestRoutes(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/limited", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(460)
	})
	mux.HandleFunc("/quiet", quiet)
}

// TestRange: the range check still applies in test files.
func TestRange(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.WriteHeader(700) // want `status code 700 passed to httptest.ResponseRecorder.WriteHeader is outside 100–599`
}
