// Package echohelp is a package of echo helpers, seen by its importers
// (lifecycle/echo) through facts only.
package echohelp

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

// ErrNoID is what Bind returns when it answered.
var ErrNoID = errors.New("missing id")

// Bind answers 400 and returns ErrNoID when the id is missing, or returns
// nil and writes nothing.
func Bind(c echo.Context) error {
	if c.Param("id") == "" {
		c.String(http.StatusBadRequest, "missing id")
		return ErrNoID
	}
	return nil
}
