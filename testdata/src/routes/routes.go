// Package routes covers route registrations and exposure on net/http.
package routes

import (
	"net/http"
	"time"
)

//statuslint:code 460 "Rate Limited"
//statuslint:code 520 "Origin Error" fallback=502

// register covers the ways a handler reaches a route.
func register(mux *http.ServeMux, s *server) {
	mux.HandleFunc("GET /items/{id}", item)          // a function name, a Go 1.22 pattern
	mux.HandleFunc("example.com/host", host)         // a host pattern
	mux.Handle("/conv", http.HandlerFunc(conv))      // a conversion
	mux.HandleFunc("/method", s.method)              // a method value
	mux.Handle("/api/", http.StripPrefix("/api", s)) // a type with ServeHTTP, behind an adapter
	mux.Handle("/timeout", http.TimeoutHandler(http.HandlerFunc(slow), time.Second, "slow"))
	mux.HandleFunc("/lit", func(w http.ResponseWriter, r *http.Request) { // a function literal
		w.WriteHeader(460) // want `custom status code 460 is sent on public route "/lit", but its registration names no standard fallback`
	})
	mux.Handle("/ctor", newHandler())                // a constructor returning a type with ServeHTTP
	mux.Handle("/mw", logging(http.HandlerFunc(mw))) // a handler wrapped in middleware
	mux.HandleFunc("/indirect", indirect)            // a handler that calls a helper
	http.HandleFunc("/default", dflt)                // the default mux

	// Internal routes: by the default internal paths, by a marker on the
	// line above, on the handler, or on the mux.
	mux.HandleFunc("/internal/limited", internalPath)
	mux.HandleFunc("/debug/limited", internalPath)
	//statuslint:internal
	mux.HandleFunc("/ops/limited", markedRoute)
	mux.HandleFunc("/handler-marked", markedHandler)

	//statuslint:internal
	admin := http.NewServeMux()
	admin.HandleFunc("/admin/limited", onAdmin)
	mux.Handle("/admin/", admin)

	// A mounted sub-mux: its routes live under the mount path.
	pub := http.NewServeMux()
	pub.HandleFunc("/x", onPub)
	mux.Handle("/internal/pub/", http.StripPrefix("/internal/pub", pub))

	// A sub-mux mounted without StripPrefix sees the full path: its route
	// is "/shop/limited", not "/shop/shop/limited".
	shop := http.NewServeMux()
	shop.HandleFunc("/shop/limited", onShop)
	mux.Handle("/shop/", shop)

	var path string
	mux.HandleFunc(path, unknownPath) // a path that is not a constant: exposure unknown, not guessed
}

func item(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/items/{id}", but its registration names no standard fallback`
	w.WriteHeader(520) // registered with a fallback: not flagged
}

func host(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "slow down", 460) // want `on public route "/host"`
}

func conv(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `on public route "/conv"`
}

type server struct{}

func (s *server) method(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `on public route "/method"`
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `on public route "/api/"`
}

func slow(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `on public route "/timeout"`
}

type handler struct{}

func newHandler() *handler { return &handler{} }

func (*handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `on public route "/ctor"`
}

func logging(next http.Handler) http.Handler { return next }

func mw(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `on public route "/mw"`
}

func indirect(w http.ResponseWriter, r *http.Request) { limit(w) }

func limit(w http.ResponseWriter) {
	w.WriteHeader(460) // want `on public route "/indirect"`
}

func dflt(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `on public route "/default"`
}

func internalPath(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // only on internal routes: not flagged
}

func markedRoute(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // the route is marked internal: not flagged
}

//statuslint:internal
func markedHandler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // the handler is marked internal: not flagged
}

func onAdmin(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // the mux is marked internal: not flagged
}

func onPub(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // mounted under /internal/pub: not flagged
}

func onShop(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `on public route "/shop/limited"`
}

func unknownPath(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // the route's path is unknown: not flagged
}

// unrouted is registered by no route statuslint sees: its exposure is
// unknown, and it gets no fallback diagnostic.
func unrouted(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460)
}

// Exported is marked public although no route here registers it.
//
//statuslint:public
func Exported(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on a handler marked //statuslint:public`
}

// adminRoutes receives its router; another package mounts it under an
// internal prefix, which the marker says.
//
//statuslint:internal
func adminRoutes(mux *http.ServeMux) {
	mux.HandleFunc("/limits", adminLimits)
}

func adminLimits(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // the router parameter is marked internal: not flagged
}
