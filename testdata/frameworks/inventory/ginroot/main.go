// Command ginroot serves a gin engine at the root of its tree, with a
// route registered on a path without its leading slash, which gin serves
// as /version.
package main

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func main() {
	e := gin.New()
	e.GET("version", version)
	_ = e.Run(":8081")
}

func version(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"version": "1"})
}
