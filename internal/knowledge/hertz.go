package knowledge

// Hertz is github.com/cloudwego/hertz.
const Hertz Runtime = "hertz"

// HertzRedirect is hertz's RequestContext.Redirect, which sends 302 in
// place of any code that is not a redirect.
const HertzRedirect Runtime = "hertz redirect"

const (
	hertzZero     = "hertz only logs a warning; 0 goes out as 200 OK, a negative code as is"
	hertzVerbatim = "hertz only logs a warning and sends it as is, but it is not an HTTP status code and clients reject it"
	hertzTo302    = "hertz replaces every code but 301, 302, 303, 307 and 308 with 302 Found"
)

// hertz: github.com/cloudwego/hertz@v0.10.4. pkg/app/context.go, receiver
// the struct *RequestContext: String 589, SetStatusCode 608,
// AbortWithStatus 1092, AbortWithMsg(msg, code) 1101, AbortWithStatusJSON
// 1113, Render 1119, ProtoBuf 1133, JSON 1140, PureJSON 1146, IndentedJSON
// 1152, HTML 1160, Data 1166, XML 1176, AbortWithError 1184, Status 1283.
// pkg/protocol: (*ResponseHeader).SetStatusCode header.go 493 only logs
// through checkWriteHeaderCode (497-505); (*Response).SetStatusCode
// response.go 163; StatusCode turns 0 into 200 (header.go 981-986).
// Routes: pkg/route/routergroup.go, *RouterGroup (embedded in *Engine,
// itself embedded in *server.Hertz) and the IRoutes/IRouter interfaces.
var hertz = Framework{
	Runtime:  Hertz,
	Behavior: Behavior{hertzZero, hertzVerbatim, hertzVerbatim, hertzVerbatim},
	// 0 is the zero value of the status, "no status set yet", sent as 200.
	Sentinels: []int64{0},
	Sinks: map[string]int{
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Status":              0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).SetStatusCode":       0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).AbortWithStatus":     0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).AbortWithStatusJSON": 0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).AbortWithError":      0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).AbortWithMsg":        1,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Render":              0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).ProtoBuf":            0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).JSON":                0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).PureJSON":            0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).IndentedJSON":        0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).HTML":                0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Data":                0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).XML":                 0,
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).String":              0,
		"(*github.com/cloudwego/hertz/pkg/protocol.Response).SetStatusCode":        0,
		"(*github.com/cloudwego/hertz/pkg/protocol.ResponseHeader).SetStatusCode":  0,
	},
	Routes: hertzRoutes(),
	Adapters: map[string]string{
		"github.com/cloudwego/hertz/pkg/common/adaptor.HertzHandler(h)": "h",
	},
}

func hertzRoutes() map[string]Route {
	r := map[string]Route{}
	verbs := []string{"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "Any"}
	for _, recv := range []string{
		"(*github.com/cloudwego/hertz/pkg/route.RouterGroup)",
		"(github.com/cloudwego/hertz/pkg/route.IRoutes)",
	} {
		// The interfaces leave their parameters unnamed: their keys take
		// RouterGroup's names.
		for _, m := range verbs {
			r[recv+"."+m+"(relativePath, handlers)"] = handle("relativePath", "handlers")
		}
		r[recv+".Handle(httpMethod, relativePath, handlers)"] = handle("relativePath", "handlers")
		r[recv+".Use(middleware)"] = use("middleware")
	}
	for _, m := range []string{"GETEX", "POSTEX", "PUTEX", "DELETEEX", "HEADEX", "AnyEX"} {
		r["(*github.com/cloudwego/hertz/pkg/route.RouterGroup)."+m+"(relativePath, handler, handlerName)"] = handle("relativePath", "handler")
	}
	r["(*github.com/cloudwego/hertz/pkg/route.RouterGroup).HandleEX(httpMethod, relativePath, handler, handlerName)"] = handle("relativePath", "handler")
	r["(*github.com/cloudwego/hertz/pkg/route.RouterGroup).Group(relativePath, handlers)"] = group("relativePath").running("handlers")
	r["(github.com/cloudwego/hertz/pkg/route.IRouter).Group(relativePath, handlers)"] = group("relativePath").running("handlers")
	r["(*github.com/cloudwego/hertz/pkg/route.Engine).Use(middleware)"] = use("middleware")
	return r
}

// hertzRedirect: pkg/app/context.go Redirect(statusCode, uri) 888, the
// reverse of fasthttp's argument order, through getRedirectStatusCode
// (783-790).
var hertzRedirect = Framework{
	Runtime:  HertzRedirect,
	Behavior: Behavior{hertzTo302, hertzTo302, hertzTo302, hertzTo302},
	Sinks: map[string]int{
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Redirect": 0,
	},
}
