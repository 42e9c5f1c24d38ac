// Package catalog builds routers for other packages: one it returns, one
// it fills when given.
package catalog

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"routes/codes"
)

// Router returns the catalog's router.
func Router() chi.Router {
	r := chi.NewRouter()
	r.Get("/products", products)
	//statuslint:internal
	r.Get("/internal/stock", products)
	return r
}

// Register registers the order routes on r.
func Register(r chi.Router) {
	r.Get("/orders", orders)
}

// Split returns a count and a router: the router is its second result.
func Split() (int, chi.Router) {
	r := chi.NewRouter()
	r.Get("/split", products)
	return 1, r
}

// Service serves its routes through the handler it embeds.
type Service struct{ http.Handler }

// NewService returns the service: its router leaves with it.
func NewService() *Service {
	s := &Service{}
	s.Handler = s.routes()
	return s
}

func (s *Service) routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/svc", products) // leaves the package in a field: not flagged here
	return r
}

func products(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(codes.RateLimited) // exposure decided by the importer: not flagged here
}

func orders(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(codes.QuotaExceeded)
}
