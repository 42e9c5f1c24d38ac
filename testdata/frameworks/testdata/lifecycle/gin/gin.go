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
