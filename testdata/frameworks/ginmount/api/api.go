// Package api registers its routes on the gin group it is given: the
// package that gives it decides their exposure, so nothing is reported
// here.
package api

import "github.com/gin-gonic/gin"

//statuslint:code 460 "Rate Limited"

// Register registers the API's routes on g.
func Register(g *gin.RouterGroup) {
	g.GET("/limits", limits)
	users := g.Group("/users")
	users.POST("/:id/quota", quota)
}

func limits(c *gin.Context) {
	c.Status(460) // exposure decided by the importer: not flagged here
}

func quota(c *gin.Context) {
	c.JSON(460, gin.H{}) // exposure decided by the importer: not flagged here
}
