// Command ginmount registers another package's routes on gin groups,
// against the real gin: exposure is decided at the root.
package main

import (
	"github.com/gin-gonic/gin"

	"statuslint.test/frameworks/ginmount/api"
)

func main() {
	r := gin.New()
	api.Register(r.Group("/api/v1"))   // want `public route "/api/v1/limits" sends custom status code 460 through api.Register`
	api.Register(r.Group("/internal")) // under /internal: not flagged
	r.Run(":8080")
}
