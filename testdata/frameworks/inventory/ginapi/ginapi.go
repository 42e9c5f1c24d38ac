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
	v1.POST("/items", createItem)
	return e
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
