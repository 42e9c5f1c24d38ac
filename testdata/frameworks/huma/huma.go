// Package huma exercises statuslint on huma v2. NewError and
// NewErrorWithContext, package-level variables of func type, are in
// package humavars.
package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

//statuslint:code 460 "Rate Limited"

type input struct{}
type output struct{}

// routes registers the operations.
func routes(api huma.API) {
	huma.Get(api, "/get", get)
	huma.Register(api, huma.Operation{
		Method:        http.MethodPost,
		Path:          "/register",
		DefaultStatus: 499, // want `custom status code 499 .*has no registered description`
	}, get)
	huma.Register(api, huma.Operation{
		Method:        http.MethodPut,
		Path:          "/created",
		DefaultStatus: http.StatusCreated, // standard: not flagged
	}, get)
	huma.Post(api, "/limited", limited)

	// A group under an internal prefix: its operations are internal.
	internal := huma.NewGroup(api, "/internal")
	huma.Post(internal, "/limited", internalLimited)
	huma.Register(internal, huma.Operation{Method: http.MethodPost, Path: "/registered"}, internalLimited)
	// Register's path comes from its Operation.
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/registered"}, registered)
}

func internalLimited(ctx context.Context, in *input) (*output, error) {
	return nil, &huma.ErrorModel{Status: 460} // only under /internal: not flagged
}

func registered(ctx context.Context, in *input) (*output, error) {
	return nil, &huma.ErrorModel{Status: 460} // want `custom status code 460 is sent on public route "/registered".*no standard fallback`
}

func get(ctx context.Context, in *input) (*output, error) {
	if in == nil {
		return nil, &huma.ErrorModel{Status: 700} // want `status code 700 .*outside 100–599: huma passes it to its router, where net/http sends it as is`
	}
	if ctx == nil {
		return nil, &huma.ErrorModel{Status: 499} // want `custom status code 499 .*has no registered description`
	}
	if ctx.Err() != nil {
		return nil, &huma.ErrorModel{Status: 1000} // want `status code 1000 .*outside 100–599: huma passes it to its router, where net/http panics`
	}
	return nil, &huma.ErrorModel{Status: http.StatusNotFound} // standard: not flagged
}

// Middleware sets codes through huma.Context and WriteErr.
func Middleware(api huma.API, ctx huma.Context, next func(huma.Context)) {
	ctx.SetStatus(700)                                        // want `status code 700 .*outside 100–599`
	ctx.SetStatus(http.StatusAccepted)                        // standard: not flagged
	_ = huma.WriteErr(api, ctx, 499, "gone")                  // want `custom status code 499 .*has no registered description`
	_ = huma.WriteErr(api, ctx, http.StatusBadRequest, "bad") // standard: not flagged
	next(ctx)
}

func limited(ctx context.Context, in *input) (*output, error) {
	return nil, &huma.ErrorModel{Status: 460} // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

// unknown is not flagged: the code is not a constant.
func unknown(status int) error { return &huma.ErrorModel{Status: status} }
