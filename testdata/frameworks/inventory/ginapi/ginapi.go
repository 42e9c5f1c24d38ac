// Package ginapi builds a gin engine with swag-documented handlers.
package ginapi

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Engine returns the gin engine.
func Engine() *gin.Engine {
	e := gin.New()
	v1 := e.Group("/v1")
	v1.GET("/ping", ping)
	// gin copies a group's middleware into each route when it is
	// registered: requireKey runs for createItem, not for ping.
	v1.Use(requireKey)
	v1.POST("/items", createItem)
	admin := v1.Group("/admin", adminOnly)
	admin.DELETE("/items", purge)
	e.GET("/about", about)
	e.GET("/void", void)
	return e
}

// void sends no code and writes no body: its route is listed with none.
func void(c *gin.Context) {
	c.Header("X-Void", "1")
}

// about writes a body with no status set: gin sends 200.
func about(c *gin.Context) {
	_, _ = c.Writer.WriteString("statuslint")
}

// requireKey answers 403 without a key.
func requireKey(c *gin.Context) {
	if c.GetHeader("X-Key") == "" {
		c.AbortWithStatus(http.StatusForbidden)
	}
}

// adminOnly answers 401 to anyone but the admin.
func adminOnly(c *gin.Context) {
	if c.GetHeader("X-Admin") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

// purge answers 204.
func purge(c *gin.Context) {
	c.Status(http.StatusNoContent)
}

// ping answers.
//
// @Success 200 {string} string
func ping(c *gin.Context) {
	c.String(http.StatusOK, "pong")
}

// createItem creates an item.
//
// @Success 201 {object} map[string]string
// @Failure 400 {object} map[string]string
func createItem(c *gin.Context) {
	if c.Query("bad") != "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "bad"})
		return
	}
	c.JSON(http.StatusCreated, gin.H{})
}
