// Package huma runs the lifecycle checks on what a huma handler does with
// the response itself (a StreamResponse's Body, a middleware): the
// adapter decides what a late status or header does (the net/http ones
// commit at SetStatus, humafiber buffers), so only bodyless applies.
package huma

import (
	"context"
	"fmt"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

func stream(_ context.Context, _ *struct{}) (*huma.StreamResponse, error) {
	return &huma.StreamResponse{Body: func(ctx huma.Context) {
		ctx.SetStatus(http.StatusNoContent)
		ctx.BodyWriter().Write([]byte("deleted")) // want `io.Writer.Write writes a body after huma.Context.SetStatus set status 204: no huma adapter sends a body with 204`
	}}, nil
}

func middleware(ctx huma.Context, next func(huma.Context)) {
	if ctx.Header("If-None-Match") == "x" {
		ctx.SetStatus(http.StatusNotModified)
		fmt.Fprintln(ctx.BodyWriter(), "cached") // want `fmt.Fprintln writes a body after huma.Context.SetStatus set status 304`
		return
	}
	next(ctx)
}

// replaced: the last status, 200, carries the body: not flagged.
func replaced(ctx huma.Context) {
	ctx.SetStatus(http.StatusNoContent)
	ctx.SetStatus(http.StatusOK)
	ctx.BodyWriter().Write([]byte("ok"))
}

// lateStatus: humachi would log a superfluous WriteHeader, humafiber sends
// 500: the adapter decides, not flagged.
func lateStatus(ctx huma.Context) {
	ctx.BodyWriter().Write([]byte("partial"))
	ctx.SetStatus(http.StatusInternalServerError)
}
