// Package svc is a service linted by golangci-lint with the statuslint
// plugin, configured by ../.golangci.yml.
package svc

import "net/http"

//statuslint:code 462 "Slow Down"

// routes registers the handlers.
func routes(mux *http.ServeMux) {
	// Not an issue of its own: the route is in the file of the code it
	// sends, and its path is in the message, so the diagnostic carries no
	// related position that golangci-lint would turn into an issue here.
	mux.HandleFunc("GET /cancel", cancel)
	// Not flagged: /admin/ is internal by the settings' internal-paths,
	// though not by the default ones.
	mux.HandleFunc("GET /admin/cancel", adminCancel)
	mux.HandleFunc("GET /broken", broken)
	mux.HandleFunc("GET /slow", slow)
}

func cancel(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("lb") {
		// Not flagged: the settings register 460, with a fallback.
		w.WriteHeader(460)
		return
	}
	// The settings register 499 without a fallback, and /cancel is public.
	// No fix: the registration is in the settings.
	w.WriteHeader(499) // want `custom status code 499 is sent on public route "/cancel", but its registration names no standard fallback`
}

func adminCancel(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(499)
}

// broken sends one status on each path.
func broken(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("case") {
	case "unknown":
		w.WriteHeader(520) // want `custom status code 520 passed to http\.ResponseWriter\.WriteHeader has no registered description`
	case "range":
		w.WriteHeader(700) // want `status code 700 passed to http\.ResponseWriter\.WriteHeader is outside 100–599`
	default:
		// Not flagged: suppressed for golangci-lint.
		w.WriteHeader(701) //nolint:statuslint // fixture: shows that nolint suppresses
	}
}

// slow sends 462, registered above without a fallback: --fix adds
// fallback=400 to the directive and leaves the code sent alone.
func slow(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(462) // want `custom status code 462 is sent on public route "/slow", but its registration names no standard fallback`
}

// gone is routed from routes.go. Not flagged: the nolint comment
// covers the diagnostic, whose related position (the route, in another
// file) is in its message.
func gone(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(499) //nolint:statuslint // fixture: the route is in routes.go
}

// goneToo is routed from routes.go, without nolint: one issue, whose
// message ends with the route's position in the other file.
func goneToo(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(499) // want `^custom status code 499 is sent on public route "/gone-too", but its registration names no standard fallback \(svc/routes\.go:8:2: route registered here\)$`
}

// late sets a status after http.Error committed the response. Not an
// issue: the nolint comment covers the finding, whose related position
// (the http.Error above) is in its message, not an issue of its own.
func late(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "no", 400)
	w.WriteHeader(200) //nolint:statuslint // fixture: shows that nolint covers a lifecycle finding
}

// lateToo does the same without nolint: one issue, whose message names
// the position of the call that committed the response.
func lateToo(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "no", 400)
	w.WriteHeader(200) // want `^http\.ResponseWriter\.WriteHeader sets status 200 after http\.Error committed the response: .* \(svc/svc\.go:\d+:2: response committed here by http\.Error\)$`
}
