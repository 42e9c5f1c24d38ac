// Package fiberv3 exercises statuslint on fiber v3, whose Ctx is an
// interface.
package fiberv3

import (
	"net/http"

	"github.com/gofiber/fiber/v3"
)

//statuslint:code 460 "Rate Limited"

// routes registers the handlers under groups.
func routes(app *fiber.App) {
	app.Get("/status", status)
	app.Post("/redirect", redirect)
	app.All("/errors", errs)

	api := app.Group("/api")
	api.Get("/limited", limited)

	internal := app.Group("/internal")
	internal.Get("/limited", internalOnly) // under /internal: no fallback diagnostic

	//statuslint:internal
	ops := app.Group("/ops")
	ops.Get("/limited", opsOnly) // the group is marked internal

	app.Route("/v1", func(r fiber.Router) {
		r.Get("/limited", v1Limited)
	})
	app.RouteChain("/chain").Get(chained)
}

func status(c fiber.Ctx) error {
	c.Status(700)                                             // want `status code 700 .*outside 100–599: fiber sends it as is`
	c.Status(-1)                                              // want `status code -1 .*outside 100–599: fiber sends 200 OK instead`
	c.Res().Status(499)                                       // want `custom status code 499 .*has no registered description`
	_ = c.Res().SendStatus(700)                               // want `status code 700 .*outside 100–599`
	_ = c.SendStatus(499)                                     // want `custom status code 499 .*has no registered description`
	return c.Status(http.StatusTeapot).JSON(map[string]int{}) // standard code: not flagged
}

func redirect(c fiber.Ctx) error {
	_ = c.Redirect().Status(700).To("/a")                 // want `status code 700 .*outside 100–599`
	_ = c.Redirect().Status(499).To("/a")                 // want `custom status code 499 .*has no registered description`
	_ = c.Redirect().To("/a")                             // no status: the default 303 is fine
	return c.Redirect().Status(http.StatusFound).To("/a") // standard: not flagged
}

func errs(c fiber.Ctx) error {
	if c == nil {
		return fiber.NewError(700, "bad") // want `status code 700 .*outside 100–599`
	}
	if c.Res() == nil {
		return fiber.NewErrorf(499, "gone %d", 1) // want `custom status code 499 .*has no registered description`
	}
	if c.Redirect() == nil {
		return &fiber.Error{Code: 1000} // want `status code 1000 .*outside 100–599`
	}
	return fiber.NewError(http.StatusNotFound) // standard: not flagged
}

func limited(c fiber.Ctx) error {
	return c.SendStatus(460) // want `custom status code 460 is sent on public route "/api/limited".*no standard fallback`
}

func internalOnly(c fiber.Ctx) error {
	return c.SendStatus(460) // only reachable under /internal
}

func opsOnly(c fiber.Ctx) error {
	return c.SendStatus(460) // only reachable through a group marked internal
}

func v1Limited(c fiber.Ctx) error {
	return c.SendStatus(460) // want `custom status code 460 is sent on public route "/v1/limited".*no standard fallback`
}

func chained(c fiber.Ctx) error {
	return c.SendStatus(460) // want `custom status code 460 is sent on public route "/chain".*no standard fallback`
}

// unknown is not flagged: the code is not a constant.
func unknown(c fiber.Ctx, code int) error { return c.SendStatus(code) }

// lookAlike has the methods of fiber.Ctx, but it is not fiber's.
type lookAlike struct{}

func (lookAlike) Status(code int)     {}
func (lookAlike) SendStatus(code int) {}

func useLookAlike() {
	var l lookAlike
	l.Status(700)     // not fiber: not flagged
	l.SendStatus(499) // not fiber: not flagged
}
