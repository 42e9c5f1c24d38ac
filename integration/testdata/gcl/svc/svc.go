// Package svc is a service linted by golangci-lint with the statuslint
// plugin, configured by ../.golangci.yml.
package svc

import "net/http"

// Routes registers the handlers.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /cancel", cancel) // want `route registered here`
	// Not flagged: /admin/ is internal by the settings' internal-paths,
	// though not by the default ones.
	mux.HandleFunc("GET /admin/cancel", adminCancel)
	mux.HandleFunc("GET /broken", broken)
}

func cancel(w http.ResponseWriter, r *http.Request) {
	// Not flagged: the settings register 460, with a fallback. golangci-lint prints the related information of line 20's superfluous diagnostic (hidden there: one issue per line) as an issue of its own.
	w.WriteHeader(460) // want `response committed here by http\.ResponseWriter\.WriteHeader`
	// The settings register 499 without a fallback, and /cancel is public.
	w.WriteHeader(499) // want `custom status code 499 is sent on public route "/cancel", but its registration names no standard fallback`
}

func adminCancel(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(499)
}

func broken(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(520) // want `custom status code 520 passed to http\.ResponseWriter\.WriteHeader has no registered description`
	w.WriteHeader(700) // want `status code 700 passed to http\.ResponseWriter\.WriteHeader is outside 100–599`
	// Not flagged: suppressed for golangci-lint.
	w.WriteHeader(701) //nolint:statuslint // fixture: shows that nolint suppresses
}
