// Package gin exercises statuslint on gin, whose *Context is a struct.
package gin

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
)

//statuslint:code 460 "Rate Limited"
//statuslint:code 529 "Site Overloaded" fallback=503

// routes registers the handlers, some under groups.
func routes(r *gin.Engine) {
	r.GET("/status", status)
	r.POST("/render", renders)
	r.Handle("PUT", "/redirect", redirects)
	r.Any("/abort", aborts)
	r.Match([]string{"GET", "POST"}, "/limited", limited)

	api := r.Group("/api")
	api.GET("/limited", apiLimited)
	v1 := api.Group("/v1") // a group of a group: "/api/v1"
	v1.DELETE("/limited", v1Limited)

	internal := r.Group("/internal")
	internal.GET("/limited", internalOnly) // under /internal: no fallback diagnostic
	nested := internal.Group("/deep")
	nested.PATCH("/limited", nestedInternal) // "/internal/deep": still internal

	//statuslint:internal
	ops := r.Group("/ops")
	ops.GET("/limited", opsOnly) // the group is marked internal

	r.GET("/wrapped", gin.WrapF(wrapped)) // the adapter does not hide the handler
	r.GET("/overloaded", overloaded)      // 529 names a fallback: nothing to say
	r.NoRoute(noRoute)                    // answers every unknown path: public
	register(r)
}

// register registers routes through the IRouter interface.
func register(rt gin.IRouter) {
	g := rt.Group("/internal/admin")
	g.POST("/limited", adminOnly) // under /internal: no fallback diagnostic
	rt.HEAD("/head", head)
}

func status(c *gin.Context) {
	c.Status(700)               // want `status code 700 passed to gin.Context.Status is outside 100–599: gin passes it to net/http, which sends it as is`
	c.Status(0)                 // gin's "no status set yet": not flagged
	c.Status(-1)                // gin's own "keep the status already set": not flagged
	c.Status(-2)                // want `status code -2 .*outside 100–599: gin ignores it`
	c.Status(42)                // want `status code 42 .*outside 100–599: gin passes it to net/http, which panics`
	c.Status(1000)              // want `status code 1000 .*outside 100–599: gin passes it to net/http, which panics`
	c.Status(499)               // want `custom status code 499 passed to gin.Context.Status has no registered description`
	c.Status(http.StatusTeapot) // standard code: not flagged
	c.Status(code())            // unknown value: not guessed
}

func renders(c *gin.Context) {
	c.JSON(700, gin.H{})                                     // want `status code 700 passed to gin.Context.JSON is outside 100–599`
	c.IndentedJSON(499, nil)                                 // want `custom status code 499 passed to gin.Context.IndentedJSON has no registered description`
	c.SecureJSON(700, nil)                                   // want `status code 700 passed to gin.Context.SecureJSON`
	c.JSONP(700, nil)                                        // want `status code 700 passed to gin.Context.JSONP`
	c.AsciiJSON(700, nil)                                    // want `status code 700 passed to gin.Context.AsciiJSON`
	c.PureJSON(700, nil)                                     // want `status code 700 passed to gin.Context.PureJSON`
	c.XML(700, nil)                                          // want `status code 700 passed to gin.Context.XML`
	c.YAML(700, nil)                                         // want `status code 700 passed to gin.Context.YAML`
	c.TOML(700, nil)                                         // want `status code 700 passed to gin.Context.TOML`
	c.ProtoBuf(700, nil)                                     // want `status code 700 passed to gin.Context.ProtoBuf`
	c.BSON(700, nil)                                         // want `status code 700 passed to gin.Context.BSON`
	c.String(700, "%d", 1)                                   // want `status code 700 passed to gin.Context.String`
	c.HTML(700, "page.tmpl", nil)                            // want `status code 700 passed to gin.Context.HTML`
	c.Data(700, "text/plain", nil)                           // want `status code 700 passed to gin.Context.Data`
	c.DataFromReader(700, 0, "text/plain", nil, nil)         // want `status code 700 passed to gin.Context.DataFromReader`
	c.Negotiate(700, gin.Negotiate{})                        // want `status code 700 passed to gin.Context.Negotiate`
	c.Render(700, nil)                                       // want `status code 700 passed to gin.Context.Render`
	c.JSON(http.StatusOK, gin.H{"ok": true})                 // standard code: not flagged
	c.String(http.StatusNotFound, "no %s", c.Param("thing")) // standard code: not flagged
}

func redirects(c *gin.Context) {
	c.Redirect(700, "/a") // want `status code 700 passed to gin.Context.Redirect is outside 100–599: gin panics`
	c.Redirect(0, "/a")   // want `status code 0 passed to gin.Context.Redirect is outside 100–599: gin panics`
	c.Redirect(http.StatusFound, "/a")
}

func aborts(c *gin.Context) {
	c.AbortWithStatus(700)                     // want `status code 700 passed to gin.Context.AbortWithStatus`
	c.AbortWithStatusJSON(499, gin.H{})        // want `custom status code 499 passed to gin.Context.AbortWithStatusJSON has no registered description`
	c.AbortWithStatusPureJSON(700, gin.H{})    // want `status code 700 passed to gin.Context.AbortWithStatusPureJSON`
	_ = c.AbortWithError(700, errors.New("x")) // want `status code 700 passed to gin.Context.AbortWithError`
	c.AbortWithStatus(http.StatusUnauthorized) // standard code: not flagged
	_ = c.AbortWithError(http.StatusBadGateway, errors.New("upstream"))
}

func limited(c *gin.Context) {
	c.AbortWithStatus(460) // want `custom status code 460 is sent on public route "/limited".*no standard fallback`
}

func apiLimited(c *gin.Context) {
	c.JSON(460, gin.H{}) // want `custom status code 460 is sent on public route "/api/limited".*no standard fallback`
}

func v1Limited(c *gin.Context) {
	c.Status(460) // want `custom status code 460 is sent on public route "/api/v1/limited".*no standard fallback`
}

func internalOnly(c *gin.Context) {
	c.Status(460) // only reachable under /internal: no fallback diagnostic
}

func nestedInternal(c *gin.Context) {
	c.Status(460) // only reachable under /internal/deep: no fallback diagnostic
}

func opsOnly(c *gin.Context) {
	c.Status(460) // only reachable in a group marked internal: no fallback diagnostic
}

func adminOnly(c *gin.Context) {
	c.Status(460) // only reachable under /internal/admin: no fallback diagnostic
}

func head(c *gin.Context) {
	c.Status(460) // want `custom status code 460 is sent on public route "/head".*no standard fallback`
}

func noRoute(c *gin.Context) {
	c.String(460, "slow down") // want `custom status code 460 is sent on public route "/".*no standard fallback`
}

func overloaded(c *gin.Context) {
	c.Status(529) // registered with fallback=503: not flagged
}

func wrapped(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(460) // want `custom status code 460 is sent on public route "/wrapped".*no standard fallback`
}

// unrouted is registered nowhere: its exposure is unknown, so its 460 gets
// no fallback diagnostic.
func unrouted(c *gin.Context) {
	c.Status(460)
}

// fakeContext has gin's method names but is not gin's Context: its calls
// are not status sites.
type fakeContext struct{}

func (fakeContext) Status(code int)            {}
func (fakeContext) JSON(code int, obj any)     {}
func (fakeContext) AbortWithStatus(int)        {}
func (fakeContext) Redirect(int, string)       {}
func (fakeContext) String(int, string, ...any) {}

func notGin(f fakeContext) {
	f.Status(700)          // not gin: not flagged
	f.JSON(499, nil)       // not gin: not flagged
	f.AbortWithStatus(700) // not gin: not flagged
	f.Redirect(0, "/")     // not gin: not flagged
	f.String(700, "")      // not gin: not flagged
}

func code() int { return 200 }

var _, _ = unrouted, writer

// writer sets the code on gin's ResponseWriter, an interface that embeds
// http.ResponseWriter: the callee is net/http's WriteHeader. (gin's own
// writer ignores a code ≤ 0; the message names the interface's method.)
func writer(c *gin.Context) {
	c.Writer.WriteHeader(0)   // want `status code 0 passed to http.ResponseWriter.WriteHeader is outside 100–599`
	c.Writer.WriteHeader(499) // want `custom status code 499 passed to http.ResponseWriter.WriteHeader has no registered description`
	c.Writer.WriteHeader(http.StatusAccepted)
}
