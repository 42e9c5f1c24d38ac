// Package trailers announces trailers: a header changed after the commit
// may be one of them, here or in a function the announcement does not
// show, so this package gets no header diagnostics.
package trailers

import "net/http"

func announce(w http.ResponseWriter) {
	w.Header().Set("Trailer", "X-Checksum")
}

func stream(w http.ResponseWriter) {
	announce(w)
	w.WriteHeader(http.StatusOK)
	w.Write([]byte("data"))
	w.Header().Set("X-Checksum", "abc") // announced in Trailer elsewhere: not flagged
	w.WriteHeader(http.StatusOK)        // want `http.ResponseWriter.WriteHeader sets status 200 after http.ResponseWriter.Write committed`
}
