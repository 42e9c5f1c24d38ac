// Package huma registers huma operations whose Errors list, or what huma
// adds to it, documents their error responses.
package huma

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type idInput struct {
	ID string `path:"id"`
}

type noInput struct{}

type thing struct {
	Body struct{ Name string }
}

type empty struct{}

// getThing sends 404, and its operation lists 400 only (huma adds 422,
// for the path parameter, and 500): reported at the declaration.
func getThing(ctx context.Context, in *idInput) (*thing, error) { // want `getThing sends status code 404, which its huma.Operation does not document`
	if in.ID == "" {
		return nil, huma.NewError(http.StatusBadRequest, "no id")
	}
	if in.ID == "x" {
		return nil, huma.Error422UnprocessableEntity("bad id")
	}
	if in.ID == "y" {
		return nil, huma.Error500InternalServerError("down")
	}
	return nil, huma.Error404NotFound("no such thing")
}

// listThings lists no errors: huma documents a default error response,
// which documents every code.
func listThings(ctx context.Context, in *noInput) (*thing, error) {
	return nil, huma.Error404NotFound("none")
}

// deleteThing sends 409 through a helper; its operation documents 404,
// huma adds 500 but no 422 (no input parameters).
func deleteThing(ctx context.Context, in *noInput) (*empty, error) { // want `deleteThing sends status code 409, which its huma.Operation does not document` `deleteThing sends status code 422, which its huma.Operation does not document`
	if err := check(); err != nil {
		return nil, err
	}
	return nil, huma.Error422UnprocessableEntity("no")
}

func check() error { return huma.Error409Conflict("busy") }

// created documents 201 as its DefaultStatus and 404 in Errors.
func created(ctx context.Context, in *idInput) (*thing, error) {
	return nil, huma.Error404NotFound("none")
}

// responses lists 404 in Responses and no Errors: two responses, so huma
// adds no default, and 409 is undocumented.
func responses(ctx context.Context, in *noInput) (*thing, error) { // want `responses sends status code 409, which its huma.Operation does not document`
	if in == nil {
		return nil, huma.Error404NotFound("none")
	}
	return nil, huma.Error409Conflict("busy")
}

// opaque is registered with an operation handler that may change its
// responses: not read, not checked.
func opaque(ctx context.Context, in *noInput) (*thing, error) {
	return nil, huma.Error409Conflict("busy")
}

func errorsOnly(o *huma.Operation) { o.Errors = []int{400} }

func register(api huma.API) {
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/things/{id}", Errors: []int{http.StatusBadRequest}}, getThing)
	huma.Get(api, "/things", listThings, huma.OperationTags("things"))
	huma.Register(api, huma.Operation{Method: http.MethodDelete, Path: "/things", Errors: []int{404}}, deleteThing)
	huma.Register(api, huma.Operation{Method: http.MethodPost, Path: "/things/{id}", DefaultStatus: 201, Errors: []int{404}}, created)
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/r", Responses: map[string]*huma.Response{"404": {Description: "gone"}}}, responses)
	huma.Get(api, "/opaque", opaque, errorsOnly)
	// A function literal: the diagnostic is at the registration.
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/lit", Errors: []int{404}}, func(ctx context.Context, in *noInput) (*thing, error) { // want `the handler registered here sends status code 409, which its huma.Operation does not document`
		return nil, huma.Error409Conflict("busy")
	})
}
