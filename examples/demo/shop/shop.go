// Package shop is the demo service's gin part.
package shop

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// StatusRateLimited is the shop's own code for clients over their quota;
// registered without a fallback, like the net/http part's.
//
//statuslint:code "Rate Limited"
const StatusRateLimited = 460

// Router returns the shop's routes.
func Router() *gin.Engine {
	r := gin.New()
	api := r.Group("/api")
	api.GET("/cart", cart)
	api.POST("/checkout", checkout)

	admin := r.Group("/internal/admin") // internal: no fallback needed
	admin.POST("/reindex", reindex)
	return r
}

func cart(c *gin.Context) {
	if c.Query("limit") != "" {
		c.AbortWithStatusJSON(StatusRateLimited, gin.H{"error": "slow down"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"items": []string{}})
}

func checkout(c *gin.Context) {
	if c.Query("coupon") == "expired" {
		c.JSON(4220, gin.H{"error": "coupon expired"}) // a typo for 422: net/http panics
		return
	}
	if c.Query("payment") == "pending" {
		c.String(299, "payment pending")
		return
	}
	c.Status(http.StatusCreated)
}

func reindex(c *gin.Context) {
	c.Status(StatusRateLimited)
}
