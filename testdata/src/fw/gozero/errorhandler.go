package gozero

import (
	"context"
	"errors"
	"net/http"

	"github.com/zeromicro/go-zero/rest/httpx"
)

var errArchived = errors.New("archived")

// The int that the error handler returns is the status that httpx.Error
// sends.
func init() {
	httpx.SetErrorHandler(func(err error) (int, any) {
		if errors.Is(err, errArchived) {
			return 488, "archived" // want `custom status code 488 passed to httpx.SetErrorHandler has no registered description`
		}
		if err == nil {
			return 0, nil // want `status code 0 passed to httpx.SetErrorHandler is outside 100–599: net/http panics`
		}
		return http.StatusInternalServerError, err.Error() // standard: not flagged
	})
	httpx.SetErrorHandlerCtx(errorCtx)
}

// errorCtx is a named error handler: its returns are the sites.
func errorCtx(ctx context.Context, err error) (int, any) {
	if errors.Is(err, errArchived) {
		return 489, nil // want `custom status code 489 returned by errorCtx and passed to httpx.SetErrorHandlerCtx has no registered description`
	}
	return http.StatusBadRequest, nil
}

// count returns an int and a body too, but is given to no error handler:
// not flagged.
func count(err error) (int, any) { return 1000, nil }
