// Package humavars exercises huma v2's NewError and NewErrorWithContext,
// which are package-level variables of func type, not functions: the call
// names a *types.Var, keyed in the knowledge table as "path.Name".
package humavars

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
	huma.Post(api, "/limited", limited)
}

func get(ctx context.Context, in *input) (*output, error) {
	if in == nil {
		return nil, huma.NewError(700, "bad") // want `status code 700 .*outside 100–599: huma passes it to its router, where net/http sends it as is`
	}
	if ctx == nil {
		return nil, huma.NewError(499, "gone") // want `custom status code 499 .*has no registered description`
	}
	return nil, huma.NewError(http.StatusNotFound, "missing") // standard: not flagged
}

// Middleware builds errors with the request context.
func Middleware(ctx huma.Context, next func(huma.Context)) {
	_ = huma.NewErrorWithContext(ctx, 700, "bad")                 // want `status code 700 .*outside 100–599`
	_ = huma.NewErrorWithContext(ctx, http.StatusBadRequest, "x") // standard: not flagged
	next(ctx)
}

func limited(ctx context.Context, in *input) (*output, error) {
	return nil, huma.NewError(460, "slow down") // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

// schemaProbe builds the value huma derives its error schema from, and
// inspects it: the value is never sent, so its 0 is no range finding.
func schemaProbe() bool {
	se := huma.NewError(0, "")
	_, ok := se.(*huma.ErrorModel)
	return ok
}

// sentProbe returns the value it builds: huma sends it.
func sentProbe() error {
	se := huma.NewError(0, "") // want `status code 0 .*outside 100–599`
	if _, ok := se.(*huma.ErrorModel); ok {
		return se
	}
	return nil
}

// unknown is not flagged: the code is not a constant.
func unknown(status int) error { return huma.NewError(status, "x") }

// newError has the signature of huma.NewError, but it is this package's.
var newError = func(status int, msg string, errs ...error) error { return nil }

func useLookAlike() {
	_ = newError(700, "x") // not huma: not flagged
}
