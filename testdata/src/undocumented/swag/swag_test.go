package swag

import (
	"net/http"
	"testing"

	"github.com/gin-gonic/gin"
)

// fake is documented and sends an undocumented 404, but test files are
// not checked.
//
// @Failure 400 {object} apiError
func fake(c *gin.Context) {
	c.JSON(http.StatusNotFound, nil)
}

func TestFake(t *testing.T) { _ = fake }
