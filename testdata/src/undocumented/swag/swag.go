// Package swag has handlers documented with swaggo/swag comments.
package swag

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

//statuslint:code 499 "Client Closed Request" fallback=400

type apiError struct{ Message string }

type user struct{ Name string }

// getUser sends 404, which its @Failure lines do not list: the fix copies
// the response type that they show.
//
// @Summary  Get a user
// @Success  200 {object} user
// @Failure  400 {object} apiError "Bad Request"
// @Failure  500 {object} apiError "Internal Server Error"
// @Router   /users/{id} [get]
func getUser(c *gin.Context) { // want `getUser sends status code 404, which its @Failure/@Success list does not document`
	if c.Param("id") == "" {
		c.JSON(http.StatusBadRequest, apiError{"no id"})
		return
	}
	c.JSON(http.StatusNotFound, apiError{"no such user"})
}

// listUsers documents every code with default: not flagged.
//
// @Success 200 {array} user
// @Failure default {object} apiError
func listUsers(c *gin.Context) {
	c.JSON(http.StatusNotFound, apiError{"none"})
	c.JSON(http.StatusOK, []user{})
}

// createUser documents success responses only: its 4xx/5xx codes are not
// checked, but its 201 is (an undocumented success code gets no fix).
//
// @Success 200 {object} user
func createUser(c *gin.Context) { // want `createUser sends status code 201, which its @Failure/@Success list does not document`
	c.JSON(http.StatusConflict, apiError{"exists"})
	c.JSON(http.StatusCreated, user{})
}

// deleteUser lists 404 in a comma list, lower case as swag accepts it:
// not flagged.
//
// @success 204
// @failure 400,404 {object} apiError
func deleteUser(c *gin.Context) {
	c.Status(http.StatusNotFound)
	c.Status(http.StatusNoContent)
}

// cancel documents the custom 499 with @Response: not flagged; the code
// it does not document, 409, is sent by a helper of the package, and the
// fix writes the standard text.
//
// @Response 499 {object} apiError "Client Closed Request"
// @Failure  400 {object} apiError
func cancel(c *gin.Context) { // want `cancel sends status code 409, which its @Failure/@Success list does not document`
	c.JSON(499, apiError{"gone"})
	conflict(c)
}

func conflict(c *gin.Context) { c.JSON(http.StatusConflict, apiError{"conflict"}) }

// gone sends the registered custom 499, which it does not document: the
// fix writes the registered description.
//
// @Failure 400 {object} apiError
func gone(c *gin.Context) { // want `gone sends status code 499, which its @Failure/@Success list does not document`
	c.JSON(499, apiError{"gone"})
}

// mixed shows two response types on its @Failure lines: which one a new
// line takes is the team's choice, so no fix.
//
// @Failure 400 {object} apiError
// @Failure 500 {string} string
func mixed(c *gin.Context) { // want `mixed sends status code 404, which its @Failure/@Success list does not document`
	c.String(http.StatusNotFound, "no")
}

// untyped shows no response type: no fix.
//
// @Failure 400 "bad"
func untyped(w http.ResponseWriter, r *http.Request) { // want `untyped sends status code 404, which its @Failure/@Success list does not document`
	http.Error(w, "no", http.StatusNotFound)
}

// plain has no response documentation: not checked.
//
// @Summary plain
func plain(c *gin.Context) {
	c.JSON(http.StatusTeapot, nil)
}

// guarded sends code only when it is not 0 and documents everything it can
// send: the guard excludes the 0, which is no code anyway.
//
// @Success 200
// @Failure 404
func guarded(c *gin.Context) {
	code := 0
	if c.Param("x") == "" {
		code = http.StatusNotFound
	}
	if code != 0 {
		c.Status(code)
	}
	c.Status(http.StatusOK)
}

func routes(r *gin.Engine) {
	r.GET("/users/:id", getUser)
	r.GET("/users", listUsers)
	r.POST("/users", createUser)
	r.DELETE("/users/:id", deleteUser)
	r.GET("/cancel", cancel)
	r.GET("/gone", gone)
	r.GET("/mixed", mixed)
	r.GET("/plain", plain)
	r.GET("/guarded", guarded)
}
