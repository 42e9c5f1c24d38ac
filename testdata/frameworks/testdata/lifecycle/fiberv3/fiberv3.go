// Package fiberv3 runs the lifecycle checks on handlers written against
// the real fiber v3, whose Ctx is an interface: as in v2, only bodyless
// applies.
package fiberv3

import (
	"net/http"

	"github.com/gofiber/fiber/v3"
)

func chained(c fiber.Ctx) error {
	return c.Status(http.StatusNoContent).JSON(fiber.Map{"deleted": true}) // want `fiber.Ctx.JSON writes a body after fiber.Ctx.Status set status 204: fiber sends the response with 204 and fasthttp drops the body`
}

// replaced: the last status, 200, carries the body: not flagged.
func replaced(c fiber.Ctx) error {
	c.Status(http.StatusNoContent)
	return c.Status(http.StatusOK).CBOR(fiber.Map{"ok": true})
}

// lastWins: fiber sends the last status and every header: not flagged.
func lastWins(c fiber.Ctx) error {
	_ = c.Status(http.StatusBadRequest).SendString("bad")
	c.Set("Retry-After", "1")
	return c.Status(http.StatusAccepted).SendString("accepted")
}
