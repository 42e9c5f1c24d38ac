// Package trailers announces trailers: exactly the keys a function (or a
// helper of this package it calls) announces in Trailer are exempt from
// the header check, in that function.
package trailers

import (
	"net/http"
	"strings"
)

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

func announceHere(w http.ResponseWriter) {
	w.Header().Set("Trailer", "X-Sum, X-Count")
	w.Write([]byte("data"))
	w.Header().Set("X-Sum", "abc")                  // announced: not flagged
	w.Header().Set("x-count", "3")                  // announced: not flagged
	w.Header().Set("X-Other", "1")                  // want `http.Header.Set changes header "X-Other" after http.ResponseWriter.Write committed`
	w.Header().Set(http.TrailerPrefix+"X-More", "") // a trailer by its prefix: not flagged
}

func notAnnounced(w http.ResponseWriter) {
	w.Write([]byte("data"))
	w.Header().Set("X-Checksum", "abc") // want `http.Header.Set changes header "X-Checksum" after http.ResponseWriter.Write committed`
}

func announceComputed(w http.ResponseWriter, keys []string) {
	w.Header().Set("Trailer", strings.Join(keys, ", "))
	w.Write([]byte("data"))
	w.Header().Set("X-Checksum", "abc") // announced by a value the pass cannot read, so it may be a trailer: not flagged
}
