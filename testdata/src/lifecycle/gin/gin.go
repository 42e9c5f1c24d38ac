// Package gin covers the response lifecycle of gin handlers: gin records
// the status until the first write, renders with a code that allows no
// body drop it, and Redirect panics on a code it cannot redirect with.
package gin

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

type user struct{ Name string }

func missingReturn(c *gin.Context) {
	if c.Param("id") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "missing id"})
	}
	c.JSON(http.StatusOK, user{"x"}) // want `gin.Context.JSON sets status 200 after gin.Context.JSON wrote the response with 400: gin keeps 400 and drops the new code`
}

func withReturn(c *gin.Context) {
	if c.Param("id") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "missing id"})
		return
	}
	c.JSON(http.StatusOK, user{"x"})
}

func statusThenRender(c *gin.Context) {
	c.Status(http.StatusAccepted)
	c.JSON(http.StatusOK, user{"x"}) // Status only records the code until the first write: not flagged
}

func sameCode(c *gin.Context) {
	c.AbortWithStatus(http.StatusUnauthorized)
	c.JSON(http.StatusUnauthorized, gin.H{"error": "unauthorized"}) // the same code: gin keeps it silently, not flagged
}

func abortThenOther(c *gin.Context) {
	c.AbortWithStatus(http.StatusUnauthorized)
	c.String(http.StatusForbidden, "forbidden") // want `gin.Context.String sets status 403 after gin.Context.AbortWithStatus wrote the response with 401`
}

func unknownFirst(c *gin.Context, code int) {
	c.JSON(code, nil)
	c.JSON(http.StatusOK, nil) // the first code is unknown, it may be 200: not flagged
}

func rawWrite(c *gin.Context) {
	c.Writer.Write([]byte("x"))
	c.Status(http.StatusOK) // no status was recorded, the write sent 200: the same code, not flagged
}

// gin writes through c.Writer: with no status recorded, the write sends 200.

func rawWriteThenStatus(c *gin.Context) {
	c.Writer.Write([]byte("x"))
	c.Status(http.StatusInternalServerError) // want `gin.Context.Status sets status 500 after http.ResponseWriter.Write wrote the response with 200: gin keeps 200 and drops the new code`
}

func fprintfThenStatus(c *gin.Context) {
	fmt.Fprintf(c.Writer, "%d items", 3)
	c.Status(http.StatusCreated) // want `gin.Context.Status sets status 201 after fmt.Fprintf wrote the response with 200`
}

func writeStringThenRender(c *gin.Context) {
	c.Writer.WriteString("x")
	c.JSON(http.StatusBadRequest, nil) // want `gin.Context.JSON sets status 400 after gin.ResponseWriter.WriteString wrote the response with 200`
}

func statusThenRawWrite(c *gin.Context) {
	c.Status(http.StatusCreated)
	c.Writer.Write([]byte("x"))
	c.Status(http.StatusAccepted) // the write sent the recorded code, which is not carried to it: not flagged
}

func statusOnSomePath(c *gin.Context, created bool) {
	if created {
		c.Status(http.StatusCreated)
	}
	c.Writer.Write([]byte("x"))
	c.Status(http.StatusCreated) // the write may have sent 201: not flagged
}

// setCreated records 201 on some paths: no summary.
func setCreated(c *gin.Context) {
	if c.Param("new") != "" {
		c.Status(http.StatusCreated)
	}
}

func nextThenWrite(c *gin.Context) {
	c.Next() // the rest of the chain may record a status
	c.Writer.Write([]byte("x"))
	c.Status(http.StatusCreated) // the write may have sent 201: not flagged
}

func bindThenWrite(c *gin.Context) {
	var u user
	_ = c.BindJSON(&u) // answers 400 when binding fails
	c.Writer.Write([]byte("x"))
	c.Status(http.StatusBadRequest) // the write may have sent 400: not flagged
}

func opaqueStatus(c *gin.Context) {
	setCreated(c) // may record a status
	c.Writer.Write([]byte("x"))
	c.Status(http.StatusCreated) // the write may have sent 201: not flagged
}

func noContentJSON(c *gin.Context) {
	c.JSON(http.StatusNoContent, gin.H{"deleted": true}) // want `gin.Context.JSON with status 204 writes no body: gin drops the body of a 204 response`
}

func noContentNil(c *gin.Context) {
	c.JSON(http.StatusNoContent, nil) // no body meant: not flagged
}

func noContentString(c *gin.Context) {
	c.String(http.StatusNotModified, "") // an empty body: not flagged
}

func statusThenWrite(c *gin.Context) {
	c.Status(http.StatusNoContent)
	fmt.Fprintln(c.Writer, "gone") // want `fmt.Fprintln writes a body after gin.Context.Status set status 204`
}

func statusReplaced(c *gin.Context) {
	c.Status(http.StatusNoContent)
	c.Status(http.StatusOK)
	fmt.Fprintln(c.Writer, "ok") // the 204 was replaced before the write: not flagged
}

func lateHeader(c *gin.Context) {
	c.JSON(http.StatusOK, user{"x"})
	c.Header("X-Request-Id", "1") // want `gin.Context.Header changes header "X-Request-Id" after gin.Context.JSON committed the response`
}

func lateWriterHeader(c *gin.Context) {
	c.String(http.StatusOK, "ok")
	c.Writer.Header().Set("Cache-Control", "no-store") // want `http.Header.Set changes header "Cache-Control" after gin.Context.String committed`
}

func headerAfterStatus(c *gin.Context) {
	c.Status(http.StatusOK)
	c.Header("X-Request-Id", "1") // Status sends nothing: not flagged
	c.JSON(http.StatusOK, user{"x"})
}

func redirects(c *gin.Context) {
	c.Redirect(http.StatusOK, "/a") // want `status code 200 passed to gin.Context.Redirect is not a redirect code: gin panics`
}

func redirectCustom(c *gin.Context) {
	c.Redirect(440, "/a") // want `status code 440 passed to gin.Context.Redirect is not a redirect code: gin panics \("Cannot redirect with status code"\)`
}

func redirectRefused(c *gin.Context) {
	c.Redirect(http.StatusOK, "/a") // want `status code 200 passed to gin.Context.Redirect is not a redirect code`
	c.Status(http.StatusNotFound)   // the redirect panicked and recorded nothing: not flagged
}

func redirectCreated(c *gin.Context) {
	c.Redirect(http.StatusCreated, "/a") // gin accepts 201: not flagged
}

func redirectFound(c *gin.Context) {
	c.Redirect(http.StatusFound, "/a")
}

// ok renders on every path: a helper its callers follow.
func ok(c *gin.Context, v any) {
	c.JSON(http.StatusOK, v)
}

func headerAfterHelper(c *gin.Context) {
	ok(c, user{"x"})
	c.Header("X-Request-Id", "1") // want `gin.Context.Header changes header "X-Request-Id" after ok committed the response`
}

func statusAfterHelper(c *gin.Context) {
	ok(c, user{"x"})
	c.JSON(http.StatusInternalServerError, nil) // the helper's code is not known here (gin keeps the same code silently): not flagged
}

// The flow engine's patterns in gin.

func closureRender(c *gin.Context, bad bool) {
	fail := func() { c.JSON(http.StatusBadRequest, gin.H{"error": "bad"}) }
	if bad {
		fail()
	}
	c.JSON(http.StatusOK, user{"x"}) // want `gin.Context.JSON sets status 200 after gin.Context.JSON wrote the response with 400`
}

func closureRenderReturn(c *gin.Context, bad bool) {
	fail := func() { c.JSON(http.StatusBadRequest, gin.H{"error": "bad"}) }
	if bad {
		fail()
		return
	}
	c.JSON(http.StatusOK, user{"x"}) // the path that failed returned: not flagged
}

func deferredRender(c *gin.Context) {
	defer c.JSON(http.StatusOK, nil) // want `gin.Context.JSON sets status 200 after gin.Context.String wrote the response with 201`
	c.String(http.StatusCreated, "x")
}

func loopRender(c *gin.Context, items []string) {
	for _, it := range items {
		c.String(http.StatusOK, it) // the same code on every iteration: not flagged
	}
	c.JSON(http.StatusInternalServerError, nil) // want `gin.Context.JSON sets status 500 after gin.Context.String wrote the response with 200`
}

// renderJSON renders the caller's code and value.
func renderJSON(c *gin.Context, code int, v any) {
	c.JSON(code, v)
}

func helperNoContent(c *gin.Context) {
	renderJSON(c, http.StatusNoContent, gin.H{"deleted": true}) // want `renderJSON with status 204 writes no body: gin drops the body of a 204 response`
}

func helperNoContentNil(c *gin.Context) {
	renderJSON(c, http.StatusNoContent, nil) // no body meant: not flagged
}

// Helpers that answer on some paths and report it.

// bindID answers 400 and reports false when the id is missing.
func bindID(c *gin.Context) bool {
	if c.Param("id") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "missing id"})
		return false
	}
	return true
}

func bindMissingReturn(c *gin.Context) {
	if !bindID(c) {
		c.Header("X-Bind", "failed") // want `gin.Context.Header changes header "X-Bind" after bindID committed the response`
	}
	c.Header("X-Request-Id", "1") // want `gin.Context.Header changes header "X-Request-Id" after bindID committed the response`
	c.JSON(http.StatusOK, user{"x"})
}

func bindReturns(c *gin.Context) {
	if !bindID(c) {
		return
	}
	c.Header("X-Request-Id", "1") // bindID answered only on the path that returned: not flagged
	c.JSON(http.StatusOK, user{"x"})
}
