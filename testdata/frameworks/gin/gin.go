// Package gin runs statuslint on handlers written against the real gin.
package gin

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

//statuslint:code 460 "Rate Limited"
//statuslint:code 529 "Site Overloaded" fallback=503

// router builds the service's routes.
func router() *gin.Engine {
	r := gin.New()
	r.GET("/codes", codes)
	r.POST("/limited", limited)
	r.Any("/wrapped", gin.WrapH(http.HandlerFunc(wrapped)))

	api := r.Group("/api")
	api.GET("/limited", apiLimited)

	internal := r.Group("/internal")
	internal.PUT("/limited", internalOnly) // under /internal: no fallback diagnostic

	//statuslint:internal
	ops := r.Group("/ops")
	ops.GET("/limited", opsOnly) // the group is marked internal

	r.GET("/overloaded", func(c *gin.Context) {
		c.Status(529) // registered with fallback=503: not flagged
	})
	return r
}

func codes(c *gin.Context) {
	c.JSON(700, gin.H{})                              // want `status code 700 passed to gin.Context.JSON is outside 100–599: gin passes it to net/http, which sends it as is`
	c.Status(0)                                       // gin's "no status set yet": not flagged
	c.Status(-2)                                      // want `status code -2 passed to gin.Context.Status is outside 100–599: gin ignores it`
	c.String(499, "client went away")                 // want `custom status code 499 passed to gin.Context.String has no registered description`
	c.Redirect(1000, "/elsewhere")                    // want `status code 1000 passed to gin.Context.Redirect is outside 100–599: gin panics`
	_ = c.AbortWithError(42, errors.New("too early")) // want `status code 42 passed to gin.Context.AbortWithError is outside 100–599: gin passes it to net/http, which panics`
	c.Data(700, "text/plain", nil)                    // want `status code 700 passed to gin.Context.Data`
	c.JSON(http.StatusOK, gin.H{"ok": true})          // standard code: not flagged
	c.Redirect(http.StatusSeeOther, "/elsewhere")     // standard code: not flagged
}

func limited(c *gin.Context) {
	c.AbortWithStatusJSON(460, gin.H{"error": "slow down"}) // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

func apiLimited(c *gin.Context) {
	c.AbortWithStatus(460) // want `custom status code 460 is sent on public route "/api/limited".*no standard fallback`
}

func internalOnly(c *gin.Context) {
	c.AbortWithStatus(460) // only reachable under /internal: no fallback diagnostic
}

func opsOnly(c *gin.Context) {
	c.AbortWithStatus(460) // only reachable in a group marked internal: no fallback diagnostic
}

func wrapped(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/wrapped".*no standard fallback`
}
