// Package echoerr has echo handlers whose codes travel in returned error
// values: a callee's error codes are the handler's only when the handler
// returns that error (as is, or wrapped so that echo still finds it).
package echoerr

import (
	"fmt"
	"log"
	"net/http"

	"github.com/labstack/echo/v4"

	"undocumented/auth"
)

type apiError struct{ Message string }

// current returns an error that carries 401.
func current(c echo.Context) (string, error) {
	if c.Param("session") == "" {
		return "", echo.NewHTTPError(http.StatusUnauthorized)
	}
	return "someone", nil
}

// save returns an error that carries no code.
func save() error { return nil }

// mark returns auth.User's error as is: echo sends its 400.
//
// @Success 200
// @Failure 500 {object} apiError
func mark(c echo.Context) error { // want `mark sends status code 400, which its @Failure/@Success list does not document`
	if _, err := auth.User(c); err != nil {
		return err
	}
	return c.NoContent(http.StatusOK)
}

// profile returns the 401 of current, a function of the package, as is.
//
// @Success 200
// @Failure 500 {object} apiError
func profile(c echo.Context) error { // want `profile sends status code 401, which its @Failure/@Success list does not document`
	name, err := current(c)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, name)
}

// show answers auth.User's error with its own 500 (the error is only its
// internal cause): the 400 is never sent, so show is not flagged.
//
// @Success 200
// @Failure 500 {object} apiError
func show(c echo.Context) error {
	a, err := auth.User(c)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "no user").SetInternal(err)
	}
	// The variable is reused for an error that carries no code, which is
	// returned as is: what reaches this return is save's error, not
	// auth.User's, so the 400 is still not sent.
	err = save()
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, a)
}

// logged logs current's error and answers 500 itself: the 401 is dropped,
// so logged is not flagged.
//
// @Success 200
// @Failure 500 {object} apiError
func logged(c echo.Context) error {
	if _, err := current(c); err != nil {
		log.Print(err)
		return c.JSON(http.StatusInternalServerError, apiError{"failed"})
	}
	return c.NoContent(http.StatusOK)
}

// ignored discards current's error: not flagged for 401.
//
// @Success 200
// @Failure 500 {object} apiError
func ignored(c echo.Context) error {
	_, _ = current(c)
	return c.NoContent(http.StatusOK)
}

// wrapped returns current's error wrapped with %w, and auth.User's
// through auth.Wrap, which returns its parameter wrapped (a fact): echo
// finds both codes.
//
// @Success 200
// @Failure 500 {object} apiError
func wrapped(c echo.Context) error { // want `wrapped sends status code 400, which its @Failure/@Success list does not document` `wrapped sends status code 401, which its @Failure/@Success list does not document`
	if _, err := current(c); err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	_, err := auth.User(c)
	return auth.Wrap(err)
}

// described turns the errors into new ones with %v and auth.Describe:
// no error that echo can read a code from is returned, so not flagged.
//
// @Success 200
// @Failure 500 {object} apiError
func described(c echo.Context) error {
	if _, err := current(c); err != nil {
		return fmt.Errorf("profile: %v", err)
	}
	_, err := auth.User(c)
	return auth.Describe(err)
}

// named returns current's error through its named result.
//
// @Success 200
// @Failure 500 {object} apiError
func named(c echo.Context) (err error) { // want `named sends status code 401, which its @Failure/@Success list does not document`
	_, err = current(c)
	return
}

// Routes registers account behind requireSession, middleware that answers
// 401. Middleware counts in the route inventory (-routes), not here: the
// documentation describes the handler, and middleware shared by many
// routes (authentication, rate limits) is documented once for the API, so
// account is not flagged for 401.
func Routes(e *echo.Echo) {
	e.Use(requireSession)
	e.GET("/account", account)
}

// account is documented for what it sends itself.
//
// @Success 200
// @Failure 500 {object} apiError
func account(c echo.Context) error {
	return c.NoContent(http.StatusOK)
}

func requireSession(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Param("session") == "" {
			return echo.NewHTTPError(http.StatusUnauthorized)
		}
		return next(c)
	}
}
