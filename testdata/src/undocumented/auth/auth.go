// Package auth has helpers whose returned error carries a status code, for
// the handlers of another package.
package auth

import (
	"fmt"
	"net/http"

	"github.com/labstack/echo/v4"
)

// User returns the caller's name, or an error that carries 400.
func User(c echo.Context) (string, error) {
	if c.Param("token") == "" {
		return "", echo.NewHTTPError(http.StatusBadRequest, "invalid token")
	}
	return "someone", nil
}

// Wrap returns err wrapped with %w: the codes err carries pass through.
func Wrap(err error) error { return fmt.Errorf("auth: %w", err) }

// Describe returns a new error with err's text only: the codes err
// carries stop here.
func Describe(err error) error { return fmt.Errorf("auth: %v", err) }
