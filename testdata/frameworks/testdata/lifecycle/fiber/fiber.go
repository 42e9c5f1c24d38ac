// Package fiber runs the lifecycle checks on handlers written against the
// real fiber v2. fiber (on fasthttp) buffers the response and sends it
// when the handler returns: the last status wins and headers set after the
// body are sent, so superfluous and header do not apply; a body under a
// status that allows none, with no later status, is lost (bodyless).
package fiber

import (
	"fmt"
	"net/http"

	"github.com/gofiber/fiber/v2"
)

func chained(c *fiber.Ctx) error {
	return c.Status(http.StatusNoContent).JSON(fiber.Map{"deleted": true}) // want `fiber.Ctx.JSON writes a body after fiber.Ctx.Status set status 204: fiber sends the response with 204 and fasthttp drops the body`
}

func statusThenSend(c *fiber.Ctx) error {
	c.Status(http.StatusNotModified)
	return c.SendString("cached") // want `fiber.Ctx.SendString writes a body after fiber.Ctx.Status set status 304`
}

func onOnePath(c *fiber.Ctx, gone bool) error {
	if gone {
		c.Status(http.StatusNoContent)
	}
	_, err := fmt.Fprintln(c, "bye") // want `fmt.Fprintln writes a body after fiber.Ctx.Status set status 204`
	return err
}

// replaced: a later status replaces 204 before the body: not flagged.
func replaced(c *fiber.Ctx) error {
	c.Status(http.StatusNoContent)
	return c.Status(http.StatusOK).JSON(fiber.Map{"ok": true})
}

// replacedAfter: the body is set under 204, but the status sent is the
// last one, 200, which carries it: not flagged.
func replacedAfter(c *fiber.Ctx) error {
	c.Status(http.StatusNoContent)
	if err := c.JSON(fiber.Map{"ok": true}); err != nil {
		return err
	}
	c.Status(http.StatusOK)
	return nil
}

// empty: JSON(nil) under 204 has nothing to lose: not flagged.
func empty(c *fiber.Ctx) error {
	return c.Status(http.StatusNoContent).JSON(nil)
}

// sendStatus: SendStatus(204) sets the status text as the body only when
// there is none, and fasthttp drops it: fiber's own doing, not flagged.
func sendStatus(c *fiber.Ctx) error {
	return c.SendStatus(http.StatusNoContent)
}

// lastWins: a status after the body is no superfluous status in fiber,
// which sends the last one: not flagged.
func lastWins(c *fiber.Ctx, err error) error {
	if err != nil {
		_ = c.Status(http.StatusBadRequest).JSON(fiber.Map{"error": err.Error()})
	}
	return c.Status(http.StatusOK).JSON(fiber.Map{"ok": true})
}

// lateHeader: fiber sends headers set after the body: not flagged.
func lateHeader(c *fiber.Ctx) error {
	if err := c.JSON(fiber.Map{"ok": true}); err != nil {
		return err
	}
	c.Set("Cache-Control", "no-store")
	return nil
}

func routes(app *fiber.App) {
	app.Get("/inline", func(c *fiber.Ctx) error {
		return c.Status(http.StatusNoContent).SendString("gone") // want `fiber.Ctx.SendString writes a body after fiber.Ctx.Status set status 204`
	})
}
