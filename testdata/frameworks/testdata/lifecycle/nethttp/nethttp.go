// Package nethttp runs the lifecycle checks on net/http handlers that go
// through real framework helpers: go-zero's httpx and chi's render, whose
// effects on the writer are in the knowledge tables.
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
	httpx.OkJson(w, map[string]bool{"ok": true}) // want `httpx.OkJson sets status 200 after http.Error committed the response`
}

func chiRender(w http.ResponseWriter, r *http.Request) {
	render.NoContent(w, r)
	w.WriteHeader(http.StatusOK) // want `http.ResponseWriter.WriteHeader sets status 200 after render.NoContent committed the response`
}

func plain(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusOK) // want `http.ResponseWriter.WriteHeader sets status 200 after http.Error committed the response`
}
