// Package settings is analysed by the analyzer that the plugin builds from
// the settings of TestSettingsApplied.
package settings

import "net/http"

// handler is registered on no route that statuslint sees; unrouted-public
// makes it public.
func handler(w http.ResponseWriter, r *http.Request) {
	// The settings register 499 without a fallback.
	w.WriteHeader(499) // want `custom status code 499 is sent on .*unrouted-public.*, but its registration names no standard fallback`
	// Not flagged: the settings register 460 with fallback 400.
	w.WriteHeader(460)
	// Not flagged: the settings disable the range category.
	w.WriteHeader(700)
	w.WriteHeader(520) // want `custom status code 520 passed to http\.ResponseWriter\.WriteHeader has no registered description`
}
