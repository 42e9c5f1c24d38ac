// Package nethttp runs the lifecycle checks on net/http handlers that go
// through real framework helpers: go-zero's httpx and chi's render.
package nethttp

import (
	"net/http"

	"github.com/go-chi/render"
	"github.com/zeromicro/go-zero/rest/httpx"
)

func goZero(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
	}
	httpx.OkJson(w, map[string]bool{"ok": true}) // go-zero is not summarized (the frameworks' own code is left alone): not flagged
}

func chiRender(w http.ResponseWriter, r *http.Request) {
	render.NoContent(w, r) // render is not summarized either
	w.WriteHeader(http.StatusOK)
}

func plain(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusOK) // want `http.ResponseWriter.WriteHeader sets status 200 after http.Error committed the response`
}
