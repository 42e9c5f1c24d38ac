// Package httprouter exercises statuslint on httprouter routes; the codes
// go through net/http.
package httprouter

import (
	"net/http"

	"github.com/julienschmidt/httprouter"
)

//statuslint:code 460 "Rate Limited"

// routes registers the handlers.
func routes() http.Handler {
	r := httprouter.New()
	r.GET("/limited", limited)
	r.POST("/codes", codes)
	r.PUT("/put", put)
	r.PATCH("/patch", patch)
	r.DELETE("/delete", del)
	r.HEAD("/head", head)
	r.OPTIONS("/options", options)
	r.Handle("GET", "/handle", handle)
	r.Handler("GET", "/handler", http.HandlerFunc(handler))
	r.HandlerFunc("GET", "/handlerfunc", handlerFunc)
	r.GET("/internal/limited", internalOnly) // under /internal: no fallback diagnostic
	//statuslint:internal
	r.GET("/ops/limited", opsOnly) // the registration is marked internal
	return r
}

func limited(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

func codes(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(700)                            // want `status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599: net/http sends it as is`
	http.Error(w, "gone", 499)                    // want `custom status code 499 passed to http.Error has no registered description`
	http.Redirect(w, r, "/", 0)                   // want `status code 0 passed to http.Redirect is outside 100–599: net/http panics`
	w.WriteHeader(http.StatusInternalServerError) // standard code: not flagged
}

func put(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/put".*no standard fallback`
}

func patch(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/patch".*no standard fallback`
}

func del(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/delete".*no standard fallback`
}

func head(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/head".*no standard fallback`
}

func options(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/options".*no standard fallback`
}

func handle(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/handle".*no standard fallback`
}

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/handler".*no standard fallback`
}

func handlerFunc(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/handlerfunc".*no standard fallback`
}

func internalOnly(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(460) // only reachable under /internal: no fallback diagnostic
}

func opsOnly(w http.ResponseWriter, r *http.Request, _ httprouter.Params) {
	w.WriteHeader(460) // the route is marked internal: no fallback diagnostic
}

// variable passes a code that is not a constant: it is not guessed.
func variable(w http.ResponseWriter, code int) {
	w.WriteHeader(code)
}
