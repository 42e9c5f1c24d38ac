// Package humaapi registers huma operations on the API it is given.
package humaapi

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

type thingInput struct {
	ID string `path:"id"`
}

type thingOutput struct {
	Body struct{ Name string }
}

// Register registers the operations.
func Register(api huma.API) {
	huma.Register(api, huma.Operation{Method: http.MethodGet, Path: "/things/{id}", Errors: []int{http.StatusNotFound}}, getThing)
}

func getThing(ctx context.Context, in *thingInput) (*thingOutput, error) {
	if in.ID == "" {
		return nil, huma.Error404NotFound("no thing")
	}
	return &thingOutput{}, nil
}
