// Package kratos runs the lifecycle checks on handlers written against the
// real kratos transport/http, whose Context renders through net/http.
package kratos

import (
	"net/http"

	khttp "github.com/go-kratos/kratos/v2/transport/http"
)

func noContent(ctx khttp.Context) error {
	return ctx.JSON(http.StatusNoContent, map[string]bool{"deleted": true}) // want `http.Context.JSON with status 204 loses its body: net/http allows no body with 204`
}

func missingReturn(ctx khttp.Context, err error) error {
	if err != nil {
		_ = ctx.String(http.StatusBadRequest, err.Error())
	}
	return ctx.JSON(http.StatusOK, map[string]bool{"ok": true}) // want `http.Context.JSON sets status 200 after http.Context.String committed the response: net/http keeps the first status`
}

func throughResponse(ctx khttp.Context) error {
	_ = ctx.Blob(http.StatusOK, "text/plain", []byte("ok"))
	ctx.Response().WriteHeader(http.StatusInternalServerError) // want `http.ResponseWriter.WriteHeader sets status 500 after http.Context.Blob committed the response`
	return nil
}

// withReturn: one answer per path: not flagged.
func withReturn(ctx khttp.Context, err error) error {
	if err != nil {
		return ctx.String(http.StatusBadRequest, err.Error())
	}
	return ctx.JSON(http.StatusOK, map[string]bool{"ok": true})
}

// result: Result goes through the server's ResponseEncoder, which an
// application may replace: left alone, not flagged.
func result(ctx khttp.Context) error {
	return ctx.Result(http.StatusNoContent, map[string]bool{"deleted": true})
}

// requestHeader: Context.Header is the request's headers: not flagged.
func requestHeader(ctx khttp.Context) error {
	err := ctx.JSON(http.StatusOK, map[string]bool{"ok": true})
	ctx.Header().Set("X-Seen", "1")
	return err
}
