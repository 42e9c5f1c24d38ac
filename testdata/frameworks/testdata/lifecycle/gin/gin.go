// Package gin runs the lifecycle checks on handlers written against the
// real gin (a testdata directory: TestRealFrameworks runs ./... with the
// path checks off, TestLifecycleRealFrameworks runs this with them on).
package gin

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

func missingReturn(c *gin.Context) {
	if c.Query("id") == "" {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "missing id"})
	}
	c.JSON(http.StatusOK, gin.H{"ok": true}) // want `gin.Context.JSON sets status 200 after gin.Context.AbortWithStatusJSON wrote the response with 400`
}

func withReturn(c *gin.Context) {
	if c.Query("id") == "" {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "missing id"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func recorded(c *gin.Context) {
	c.Status(http.StatusAccepted)
	c.Header("X-Request-Id", "1") // Status only records: not flagged
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

func noContent(c *gin.Context) {
	c.JSON(http.StatusNoContent, gin.H{"deleted": true}) // want `gin.Context.JSON with status 204 writes no body`
}

func writeAfterStatus(c *gin.Context) {
	c.Status(http.StatusNoContent)
	fmt.Fprint(c.Writer, "x")      // body of unknown length for the table (fmt.Fprint): not flagged
	fmt.Fprintln(c.Writer, "gone") // want `fmt.Fprintln writes a body after gin.Context.Status set status 204`
}

func lateHeader(c *gin.Context) {
	c.String(http.StatusOK, "ok")
	c.Header("Cache-Control", "no-store") // want `gin.Context.Header changes header "Cache-Control" after gin.Context.String committed the response`
}

func redirect(c *gin.Context) {
	c.Redirect(http.StatusOK, "/") // want `status code 200 passed to gin.Context.Redirect is not a redirect code: gin panics`
}

func redirectOK(c *gin.Context) {
	c.Redirect(http.StatusFound, "/")
}

func redirectCustom(c *gin.Context) {
	c.Redirect(440, "/") // want `status code 440 passed to gin.Context.Redirect is not a redirect code: gin panics`
}

func writeThenStatus(c *gin.Context) {
	fmt.Fprintf(c.Writer, "%d items", 3)
	c.Status(http.StatusInternalServerError) // want `gin.Context.Status sets status 500 after fmt.Fprintf wrote the response with 200: gin keeps 200`
}

func writeStringThenStatus(c *gin.Context) {
	c.Writer.WriteString("x")
	c.Status(http.StatusOK) // the write sent 200: the same code, not flagged
}

// bindID answers 400 and reports false when the id is missing.
func bindID(c *gin.Context) bool {
	if c.Query("id") == "" {
		c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "missing id"})
		return false
	}
	return true
}

func bindMissingReturn(c *gin.Context) {
	if !bindID(c) {
		c.Error(nil)
	}
	c.Header("X-Request-Id", "1") // want `gin.Context.Header changes header "X-Request-Id" after bindID committed the response`
}

func bindReturns(c *gin.Context) {
	if !bindID(c) {
		return
	}
	c.Header("X-Request-Id", "1") // bindID answered only on the path that returned: not flagged
}
