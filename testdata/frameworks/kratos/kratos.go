// Package kratos exercises statuslint on kratos, whose errors carry an
// HTTP status and whose transport/http.Context is an interface.
package kratos

import (
	"net/http"

	"github.com/go-kratos/kratos/v2/errors"
	khttp "github.com/go-kratos/kratos/v2/transport/http"
)

//statuslint:code 460 "Rate Limited"

// routes registers the handlers under routers.
func routes(srv *khttp.Server) {
	r := srv.Route("/")
	r.GET("/json", replies)
	r.POST("/errors", errs)

	api := srv.Route("/api")
	api.GET("/limited", limited)

	internal := srv.Route("/internal")
	internal.GET("/limited", internalOnly) // under /internal: no fallback diagnostic

	//statuslint:internal
	ops := srv.Route("/ops")
	ops.GET("/limited", opsOnly) // the router is marked internal

	v1 := api.Group("/v1")
	v1.Handle(http.MethodPut, "/limited", v1Limited)
}

func replies(ctx khttp.Context) error {
	_ = ctx.JSON(700, nil)                 // want `status code 700 .*outside 100–599: net/http sends it as is`
	_ = ctx.Result(499, nil)               // want `custom status code 499 .*has no registered description`
	_ = ctx.XML(0, nil)                    // want `status code 0 .*outside 100–599: net/http panics`
	_ = ctx.String(499, "gone")            // want `custom status code 499 .*has no registered description`
	_ = ctx.Blob(1000, "text/plain", nil)  // want `status code 1000 .*outside 100–599`
	_ = ctx.Stream(499, "text/plain", nil) // want `custom status code 499 .*has no registered description`
	return ctx.JSON(http.StatusOK, nil)    // standard: not flagged
}

func errs(ctx khttp.Context) error {
	if ctx == nil {
		return errors.New(700, "BAD", "bad") // want `status code 700 .*outside 100–599`
	}
	if ctx.JSON(http.StatusOK, nil) != nil {
		return errors.Newf(499, "GONE", "gone %d", 1) // want `custom status code 499 .*has no registered description`
	}
	if ctx.XML(http.StatusOK, nil) != nil {
		return errors.Errorf(0, "ZERO", "zero") // want `status code 0 .*outside 100–599: net/http panics`
	}
	if ctx.String(http.StatusOK, "") != nil {
		return &errors.Error{Status: errors.Status{Code: 499}} // want `custom status code 499 .*has no registered description`
	}
	return errors.New(http.StatusNotFound, "NOT_FOUND", "missing") // standard: not flagged
}

func limited(ctx khttp.Context) error {
	return ctx.JSON(460, nil) // want `custom status code 460 is sent on public route "/api/limited".*no standard fallback`
}

func internalOnly(ctx khttp.Context) error {
	return ctx.JSON(460, nil) // only reachable under /internal
}

func opsOnly(ctx khttp.Context) error {
	return ctx.JSON(460, nil) // only reachable through a router marked internal
}

func v1Limited(ctx khttp.Context) error {
	return ctx.JSON(460, nil) // want `custom status code 460 is sent on public route "/api/v1/limited".*no standard fallback`
}

// unknown is not flagged: the code is not a constant.
func unknown(code int) error { return errors.New(code, "X", "x") }

// lookAlike has JSON(int, any), but it is not kratos's Context.
type lookAlike struct{}

func (lookAlike) JSON(code int, v interface{}) error { return nil }

func useLookAlike() {
	_ = lookAlike{}.JSON(700, nil) // not kratos: not flagged
}
