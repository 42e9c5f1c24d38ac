package knowledge

// Gin is github.com/gin-gonic/gin.
const Gin Runtime = "gin"

// GinRedirect is gin's Context.Redirect, which panics on any code but 201
// and 300–308.
const GinRedirect Runtime = "gin redirect"

const (
	ginIgnores = "gin ignores it and keeps the status already set (200 OK by default)"
	ginPanics  = "gin passes it to net/http, which panics (invalid WriteHeader code)"
	ginSends   = "gin passes it to net/http, which sends it as is, but it is not an HTTP status code and clients reject it"
	ginNoRedir = "gin panics (\"Cannot redirect with status code\"): Redirect accepts only 201 and 300–308"
)

// gin: github.com/gin-gonic/gin@v1.12.0. context.go, receiver the struct
// *Context: AbortWithStatus 213, AbortWithStatusPureJSON 222,
// AbortWithStatusJSON 230, AbortWithError 238, Status 1073, Render 1152,
// HTML 1171, IndentedJSON 1180, SecureJSON 1187, JSONP 1194, JSON 1205,
// AsciiJSON 1211, PureJSON 1217, XML 1223, YAML 1228, TOML 1233, ProtoBuf
// 1238, BSON 1243, String 1248, Data 1262, DataFromReader 1270, Negotiate
// 1358; each sets the code through Status, that is
// responseWriter.WriteHeader (response_writer.go 67-75), which ignores a
// code ≤ 0 and stores any other for net/http's WriteHeader. Routes:
// routergroup.go (*RouterGroup, embedded in *Engine; IRoutes and IRouter),
// gin.go (*Engine).Use 340, NoRoute 326, NoMethod 332. Adapters: utils.go
// WrapF 47, WrapH 54.
var gin = Framework{
	Runtime:  Gin,
	Behavior: Behavior{ginIgnores, ginPanics, ginSends, ginPanics},
	// gin's own code passes -1 (context.go Redirect and Render callers,
	// logger.go) for "keep the status already set", and users copy it;
	// responseWriter.WriteHeader ignores 0 as well (response_writer.go
	// 67-75), the zero value callers leave for "no status".
	Sentinels: []int64{-1, 0},
	Sinks: map[string]int{
		"(*github.com/gin-gonic/gin.Context).Status":                  0,
		"(*github.com/gin-gonic/gin.Context).AbortWithStatus":         0,
		"(*github.com/gin-gonic/gin.Context).AbortWithStatusJSON":     0,
		"(*github.com/gin-gonic/gin.Context).AbortWithStatusPureJSON": 0,
		"(*github.com/gin-gonic/gin.Context).AbortWithError":          0,
		"(*github.com/gin-gonic/gin.Context).Render":                  0,
		"(*github.com/gin-gonic/gin.Context).HTML":                    0,
		"(*github.com/gin-gonic/gin.Context).IndentedJSON":            0,
		"(*github.com/gin-gonic/gin.Context).SecureJSON":              0,
		"(*github.com/gin-gonic/gin.Context).JSONP":                   0,
		"(*github.com/gin-gonic/gin.Context).JSON":                    0,
		"(*github.com/gin-gonic/gin.Context).AsciiJSON":               0,
		"(*github.com/gin-gonic/gin.Context).PureJSON":                0,
		"(*github.com/gin-gonic/gin.Context).XML":                     0,
		"(*github.com/gin-gonic/gin.Context).YAML":                    0,
		"(*github.com/gin-gonic/gin.Context).TOML":                    0,
		"(*github.com/gin-gonic/gin.Context).ProtoBuf":                0,
		"(*github.com/gin-gonic/gin.Context).BSON":                    0,
		"(*github.com/gin-gonic/gin.Context).String":                  0,
		"(*github.com/gin-gonic/gin.Context).Data":                    0,
		"(*github.com/gin-gonic/gin.Context).DataFromReader":          0,
		"(*github.com/gin-gonic/gin.Context).Negotiate":               0,
	},
	Routes: ginRoutes(),
	Adapters: map[string]string{
		"github.com/gin-gonic/gin.WrapF(f)": "f",
		"github.com/gin-gonic/gin.WrapH(h)": "h",
	},
}

func ginRoutes() map[string]Route {
	r := map[string]Route{}
	// The interfaces IRoutes and IRouter leave their parameters unnamed:
	// their keys take RouterGroup's names.
	for _, recv := range []string{
		"(*github.com/gin-gonic/gin.RouterGroup)",
		"(github.com/gin-gonic/gin.IRoutes)",
	} {
		for _, m := range []string{"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "Any"} {
			r[recv+"."+m+"(relativePath, handlers)"] = handle("relativePath", "handlers")
		}
		r[recv+".Handle(httpMethod, relativePath, handlers)"] = handle("relativePath", "handlers")
		r[recv+".Match(methods, relativePath, handlers)"] = handle("relativePath", "handlers")
		// routergroup.go 65: Use appends to the group's handlers, which
		// handle (86) and Group (72) copy when they are called.
		r[recv+".Use(middleware)"] = use("middleware").middleware(LaterRoutes)
	}
	r["(*github.com/gin-gonic/gin.RouterGroup).Group(relativePath, handlers)"] = group("relativePath").running("handlers")
	r["(github.com/gin-gonic/gin.IRouter).Group(relativePath, handlers)"] = group("relativePath").running("handlers")
	r["(*github.com/gin-gonic/gin.Engine).Use(middleware)"] = use("middleware").middleware(LaterRoutes) // gin.go 312
	r["(*github.com/gin-gonic/gin.Engine).NoRoute(handlers)"] = use("handlers")
	r["(*github.com/gin-gonic/gin.Engine).NoMethod(handlers)"] = use("handlers")
	return r
}

// ginRedirect: context.go Redirect(code, location) 1253 renders
// render.Redirect, whose Render panics unless the code is 201 or 300–308
// (render/redirect.go 20-26).
var ginRedirect = Framework{
	Runtime:  GinRedirect,
	Behavior: Behavior{ginNoRedir, ginNoRedir, ginNoRedir, ginNoRedir},
	Sinks: map[string]int{
		"(*github.com/gin-gonic/gin.Context).Redirect": 0,
	},
}
