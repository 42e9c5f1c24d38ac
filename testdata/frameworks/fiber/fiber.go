// Package fiber exercises statuslint on fiber v2, whose *Ctx is a struct.
package fiber

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
)

//statuslint:code 460 "Rate Limited"
//statuslint:code 529 "Site Overloaded" fallback=503

// routes registers the handlers under groups.
func routes(app *fiber.App) {
	app.Get("/status", status)
	app.Post("/send", send)
	app.Add("PUT", "/redirect", redirect)
	app.All("/errors", errs)

	api := app.Group("/api")
	api.Get("/limited", limited) // a public route: limited's 460 is reported there
	api.Use(quota)               // middleware of the group: public under /api

	internal := app.Group("/internal")
	internal.Get("/limited", internalOnly) // under /internal: no fallback diagnostic

	//statuslint:internal
	ops := app.Group("/ops")
	ops.Get("/limited", opsOnly) // the group is marked internal

	app.Route("/v1", func(r fiber.Router) {
		r.Get("/limited", v1Limited)
	})
	app.Route("/debug", func(r fiber.Router) {
		r.Get("/limited", debugOnly) // under /debug: internal
	})
	app.Use("/internal/mw", internalMiddleware)
	internal.Use(guard) // a handler first: the prefix is optional, the group's path stands
	app.Get("/overloaded", overloaded)
}

func status(c *fiber.Ctx) error {
	c.Status(700)                                               // want `status code 700 .*outside 100–599: fiber sends it as is`
	c.Status(0)                                                 // fiber's "no status set yet" (sent as 200): not flagged
	c.Status(-3)                                                // want `status code -3 .*outside 100–599: fiber sends 200 OK instead`
	c.Status(499)                                               // want `custom status code 499 .*has no registered description`
	return c.Status(http.StatusTeapot).JSON(fiber.Map{"ok": 1}) // standard code: not flagged
}

func send(c *fiber.Ctx) error {
	if c.Response() == nil {
		return c.SendStatus(1000) // want `status code 1000 .*outside 100–599: fiber sends it as is`
	}
	c.Response().SetStatusCode(700) // want `status code 700 .*outside 100–599: fasthttp sends it as is`
	return c.SendStatus(fiber.StatusOK)
}

func redirect(c *fiber.Ctx) error {
	_ = c.Redirect("/a", 700)                       // want `status code 700 .*outside 100–599`
	_ = c.RedirectToRoute("home", fiber.Map{}, 499) // want `custom status code 499 .*has no registered description`
	_ = c.RedirectBack("/", 499)                    // want `custom status code 499 .*has no registered description`
	_ = c.Redirect("/a")                            // no status: the default 302 is fine
	return c.Redirect("/a", http.StatusSeeOther)    // standard: not flagged
}

func errs(c *fiber.Ctx) error {
	if c == nil {
		return fiber.NewError(700, "bad") // want `status code 700 .*outside 100–599`
	}
	if c.Context() == nil {
		return &fiber.Error{Code: 499, Message: "gone"} // want `custom status code 499 .*has no registered description`
	}
	return fiber.NewError(http.StatusNotFound) // standard: not flagged
}

func limited(c *fiber.Ctx) error {
	return c.SendStatus(460) // want `custom status code 460 is sent on public route "/api/limited".*no standard fallback`
}

func internalOnly(c *fiber.Ctx) error {
	return c.SendStatus(460) // only reachable under /internal: no fallback diagnostic
}

func opsOnly(c *fiber.Ctx) error {
	return c.SendStatus(460) // only reachable through a group marked internal
}

func v1Limited(c *fiber.Ctx) error {
	return c.SendStatus(460) // want `custom status code 460 is sent on public route "/v1/limited".*no standard fallback`
}

func debugOnly(c *fiber.Ctx) error {
	return c.SendStatus(460) // only reachable under /debug
}

func guard(c *fiber.Ctx) error {
	return c.SendStatus(460) // under /internal: not flagged
}

func internalMiddleware(c *fiber.Ctx) error {
	return c.SendStatus(460) // middleware under /internal/mw
}

func overloaded(c *fiber.Ctx) error {
	return c.SendStatus(529) // registered with a fallback: not flagged on a public route
}

// unknown is not flagged: the code is not a constant.
func unknown(c *fiber.Ctx, code int) error { return c.SendStatus(code) }

// lookAlike has a Status method, but it is not fiber's.
type lookAlike struct{}

func (lookAlike) Status(code int)     {}
func (lookAlike) SendStatus(code int) {}

func useLookAlike() {
	var l lookAlike
	l.Status(700)     // not fiber: not flagged
	l.SendStatus(499) // not fiber: not flagged
}

func quota(c *fiber.Ctx) error {
	return c.SendStatus(460) // want `custom status code 460 is sent on public route "/api"`
}
