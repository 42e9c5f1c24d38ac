// Package conflict is linted with a configuration that registers
// 460 "Rate Limited" fallback=429, 461 "Gone Fishing", 462 "Same"
// fallback=400 and 463 "Client Closed" fallback=400. The configuration wins
// over the package's directives; a directive that says otherwise is
// reported, never silenced.
package conflict

import "net/http"

// Only the fallback differs: reported; the fix writes the configuration's.
//
//statuslint:code 460 "Rate Limited" // want `statuslint:code 460 conflicts with its registration in configuration as "Rate Limited" fallback=429, which wins; make them agree or remove one`

// The description differs, and this directive's fallback does not hold.
//
//statuslint:code 461 "Fishing" fallback=400 // want `statuslint:code 461 conflicts with its registration in configuration as "Gone Fishing", which wins`

// Not reported: the same registration as the configuration's.
//
//statuslint:code 462 "Same" fallback=400

// StatusClosed is registered in its doc comment, CODE left out: the fix
// leaves it out too.
//
//statuslint:code "Closed" // want `statuslint:code 463 conflicts with its registration in configuration as "Client Closed" fallback=400, which wins`
const StatusClosed = 463

// routes registers the handlers.
func routes(mux *http.ServeMux) {
	mux.HandleFunc("/limited", limited)
	mux.HandleFunc("/fishing", fishing)
}

func limited(w http.ResponseWriter, r *http.Request) {
	// Not flagged: the configuration's registration of 460 has a fallback.
	w.WriteHeader(460)
	w.WriteHeader(462) // not flagged: registered alike in both, with a fallback
	w.WriteHeader(StatusClosed)
}

func fishing(w http.ResponseWriter, r *http.Request) {
	// The configuration's registration of 461, which wins, has no
	// fallback; it is not a directive of this package, so no fix.
	w.WriteHeader(461) // want `custom status code 461 is sent on public route "/fishing", but its registration names no standard fallback`
}
