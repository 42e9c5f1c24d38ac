// Package wrapped builds routers that it wraps in middleware before it
// returns them: the package that serves them is their root, and decides
// their exposure.
package wrapped

import (
	"net/http"
	"os"

	"github.com/gorilla/handlers"
	"github.com/rs/cors"

	"routes/codes"
)

// Canonical returns the API behind a canonical-host redirect. Its route
// is not public here (not flagged): the router leaves the package
// through the middleware.
func Canonical() http.Handler {
	r := http.NewServeMux()
	r.HandleFunc("/canonical", throttled)
	return handlers.CanonicalHost("example.com", 301)(r)
}

// Logged returns the API behind a request log: not public here either.
func Logged() http.Handler {
	r := http.NewServeMux()
	r.HandleFunc("/logged", throttled)
	return handlers.LoggingHandler(os.Stdout, r)
}

// CORS returns the API behind a CORS handler: not public here either.
func CORS() http.Handler {
	r := http.NewServeMux()
	r.HandleFunc("/cors", throttled)
	return cors.Default().Handler(r)
}

func throttled(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(codes.RateLimited)
}
