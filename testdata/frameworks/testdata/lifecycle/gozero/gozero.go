// Package gozero runs the lifecycle checks on handlers written against the
// real go-zero rest/httpx, whose helpers write through the net/http writer.
package gozero

import (
	"net/http"

	"github.com/zeromicro/go-zero/rest/httpx"
)

type reply struct{ ID int }

func noContent(w http.ResponseWriter, r *http.Request) {
	httpx.WriteJson(w, http.StatusNoContent, reply{1}) // want `httpx.WriteJson with status 204 loses its body: net/http allows no body with 204 \(ErrBodyNotAllowed\)`
}

func missingReturn(w http.ResponseWriter, r *http.Request, err error) {
	if err != nil {
		httpx.ErrorCtx(r.Context(), w, err)
	}
	httpx.OkJsonCtx(r.Context(), w, reply{1}) // want `httpx.OkJsonCtx sets status 200 after httpx.ErrorCtx committed the response`
}

func lateHeader(w http.ResponseWriter, r *http.Request) {
	httpx.OkJson(w, reply{1})
	w.Header().Set("Cache-Control", "no-store") // want `http.Header.Set changes header "Cache-Control" after httpx.OkJson committed the response`
}

// withElse: the goctl shape, one answer per path: not flagged.
func withElse(w http.ResponseWriter, r *http.Request, err error) {
	if err != nil {
		httpx.ErrorCtx(r.Context(), w, err)
	} else {
		httpx.OkJsonCtx(r.Context(), w, reply{1})
	}
}

// nilBody: WriteJson(w, 204, nil) writes "null", which nobody meant to
// send: not flagged.
func nilBody(w http.ResponseWriter, r *http.Request) {
	httpx.WriteJsonCtx(r.Context(), w, http.StatusNoContent, nil)
}
