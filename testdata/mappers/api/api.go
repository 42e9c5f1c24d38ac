// Package api sends the codes that errcodes maps errors to.
package api

import (
	"net/http"

	"statuslint.test/mappers/errcodes"
)

func handle(w http.ResponseWriter, r *http.Request, err error) {
	w.WriteHeader(errcodes.Status(err)) // want `status code 700 returned by errcodes.Status and passed to http.ResponseWriter.WriteHeader is outside 100–599` `custom status code 499 returned by errcodes.Status and passed to http.ResponseWriter.WriteHeader has no registered description`
	w.WriteHeader(errcodes.Retries())   // no fact: unknown, not guessed
}
