package gin

import (
	"net/http"
	"testing"

	"github.com/gin-gonic/gin"
)

// A test double renders what it likes: the lifecycle checks leave test
// files alone, renders included.
func TestDouble(t *testing.T) {
	h := func(c *gin.Context) {
		c.JSON(http.StatusNoContent, gin.H{"deleted": true}) // in a test: not flagged
		c.JSON(http.StatusOK, nil)                           // in a test: not flagged
	}
	_ = h
}
