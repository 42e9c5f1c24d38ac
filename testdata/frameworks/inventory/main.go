// Command inventory serves a net/http ServeMux that mounts chi, gin, echo
// and huma routers built in other packages: statuslint -routes -json lists
// its routes, compared whole with inventory.golden.json.
package main

import (
	"net/http"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"

	"statuslint.test/frameworks/inventory/chiapi"
	"statuslint.test/frameworks/inventory/echoapi"
	"statuslint.test/frameworks/inventory/ginapi"
	"statuslint.test/frameworks/inventory/humaapi"
)

func main() {
	mux := http.NewServeMux()
	mux.Handle("/chi/", http.StripPrefix("/chi", chiapi.Router()))
	mux.Handle("/gin/", http.StripPrefix("/gin", ginapi.Engine()))
	mux.Handle("/internal/echo/", http.StripPrefix("/internal/echo", echoapi.New()))
	mux.HandleFunc("GET /health", health)
	api := humago.New(mux, huma.DefaultConfig("inventory", "1"))
	humaapi.Register(api)
	_ = http.ListenAndServe(":8080", mux)
}

func health(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}
