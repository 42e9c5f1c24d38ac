// Package nethttp covers the net/http status sites and the values
// statuslint reads from them.
package nethttp

import (
	"fmt"
	"net/http"
	stdhttp "net/http"
	"net/http/httptest"

	"registry/codes"
)

const (
	teapot   = 418
	tooBig   = 1000
	offset   = 2
	negative = -1
)

//statuslint:code 599 "Network Connect Timeout Error" fallback=500

func sites(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(0)                               // want `status code 0 passed to http.ResponseWriter.WriteHeader is outside 100–599: net/http panics \(invalid WriteHeader code\)`
	w.WriteHeader(99)                              // want `status code 99 .* net/http panics`
	w.WriteHeader(600)                             // want `status code 600 .* net/http sends it as is`
	w.WriteHeader(tooBig)                          // want `status code 1000 .* net/http panics`
	w.WriteHeader(negative)                        // want `status code -1 .* net/http panics`
	w.WriteHeader(500 + 100*offset)                // want `status code 700 passed to http.ResponseWriter.WriteHeader`
	http.Error(w, "gone", 1<<40)                   // want `status code 1099511627776 passed to http.Error is outside 100–599`
	http.Redirect(w, r, "/", 0)                    // want `status code 0 passed to http.Redirect`
	_ = http.RedirectHandler("/", 999)             // want `status code 999 passed to http.RedirectHandler`
	stdhttp.Error(w, "aliased import", 800)        // want `status code 800 passed to http.Error`
	w.WriteHeader(codes.StatusClientClosedRequest) // registered in an imported package: not flagged
	w.WriteHeader(599)                             // registered in this package: not flagged
	w.WriteHeader(498)                             // want `custom status code 498 passed to http.ResponseWriter.WriteHeader has no registered description`

	// Standard codes, including the unusual ones, are fine.
	w.WriteHeader(teapot)
	w.WriteHeader(http.StatusEarlyHints)
	w.WriteHeader(http.StatusTooEarly)
	w.WriteHeader(http.StatusMisdirectedRequest)

	// 306 is unused: net/http has no text for it, so it is custom.
	w.WriteHeader(306) // want `custom status code 306 passed to http.ResponseWriter.WriteHeader has no registered description`
}

func unknown(w http.ResponseWriter, code int, codes []int) {
	w.WriteHeader(code)               // a parameter: unknown, not guessed
	w.WriteHeader(codes[0])           // unknown
	fmt.Println(http.StatusText(700)) // a lookup, not a site
}

// recorder: WriteHeader on any type that implements http.ResponseWriter.
func recorder() {
	rec := httptest.NewRecorder()
	rec.WriteHeader(700) // want `status code 700 passed to httptest.ResponseRecorder.WriteHeader`
}

// statusWriter wraps a ResponseWriter, as logging middleware does.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (s *statusWriter) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func wrapped(w http.ResponseWriter) {
	sw := &statusWriter{ResponseWriter: w}
	sw.WriteHeader(0) // want `status code 0 passed to statusWriter.WriteHeader`
	var iw interface {
		http.ResponseWriter
	} = sw
	iw.WriteHeader(700) // want `status code 700 passed to http.ResponseWriter.WriteHeader`
}

// meter has WriteHeader(int) but is not a ResponseWriter: not a site.
type meter struct{}

func (meter) WriteHeader(n int) {}

func lookalike() {
	meter{}.WriteHeader(700) // not an http.ResponseWriter: not flagged
}

var _ = httptest.NewRecorder
