// Package related has a finding with related information, which the
// plugin's analyzer puts at the end of the message, with the file relative
// to the working directory (the test's: plugin/).
package related

import "net/http"

func late(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "no", http.StatusBadRequest)
	w.WriteHeader(http.StatusOK) // want `^http\.ResponseWriter\.WriteHeader sets status 200 after http\.Error committed the response: .*call" \(testdata/src/related/related\.go:9:2: response committed here by http\.Error\)$`
}
