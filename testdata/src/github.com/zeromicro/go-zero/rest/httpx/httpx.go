// Package httpx is a stub of github.com/zeromicro/go-zero/rest/httpx for
// statuslint's tests: only the API they use.
package httpx

import (
	"context"
	"net/http"
)

// WriteJson writes v as JSON with code.
func WriteJson(w http.ResponseWriter, code int, v any) {}

// WriteJsonCtx writes v as JSON with code.
func WriteJsonCtx(ctx context.Context, w http.ResponseWriter, code int, v any) {}

// OkJson writes v as JSON with 200.
func OkJson(w http.ResponseWriter, v any) {}

// Error writes err with the code the error handler gives.
func Error(w http.ResponseWriter, err error, fns ...func(w http.ResponseWriter, err error)) {}

// SetErrorHandler sets the handler that maps errors to a code and a body.
func SetErrorHandler(handler func(error) (int, any)) {}

// SetErrorHandlerCtx sets the handler that maps errors to a code and a body.
func SetErrorHandlerCtx(handlerCtx func(context.Context, error) (int, any)) {}
