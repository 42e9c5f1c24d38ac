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

// hertzLifecycle: hertz v0.10.4 pkg/app/context.go. SetStatusCode 608,
// Status 1283, AbortWithStatus 1092, AbortWithMsg 1101 (resets the
// response), NotModified 560, NotFound 771, Redirect 888 set the status;
// Write 613, WriteString 542, SetBodyString 642 the body; Header 895 sets a header. Render 1119 (and
// JSON, PureJSON, IndentedJSON, XML, ProtoBuf, Data, HTML, String,
// AbortWithStatusJSON through it) sets the status and, for a code that
// bodyAllowedForStatus (1431) refuses, writes no body at all. The response
// is sent when the handler returns, without a body under 1xx, 204 and 304
// (pkg/protocol/header.go MustSkipContentLength 966).
var hertzLifecycle = Lifecycle{
	Runtime:  Hertz,
	Model:    ModelHertz,
	Writers:  []string{"*github.com/cloudwego/hertz/pkg/app.RequestContext"},
	Rules:    bufferedRules,
	Bodyless: fasthttpBodyless,
	Says: Says{
		BodylessRender: "writes no body: hertz renders no body for {code}",
		BodylessWrite:  "hertz sends the response with {code} and no body",
	},
	Adaptors: []string{"github.com/cloudwego/hertz"},
	Redirect: &RedirectRule{HertzRedirect, redirectsTo302, hertzTo302, false},
	Effects: func() map[string]Effect {
		const ctx = "(*github.com/cloudwego/hertz/pkg/app.RequestContext)."
		m := map[string]Effect{
			ctx + "SetStatusCode":   {Writer: AtRecv, Status: 0, Body: None, Key: None},
			ctx + "Status":          {Writer: AtRecv, Status: 0, Body: None, Key: None},
			ctx + "AbortWithStatus": {Writer: AtRecv, Status: 0, Body: None, Key: None},
			ctx + "AbortWithMsg":    {Writer: AtRecv, Status: 1, Body: None, Key: None},
			ctx + "NotModified":     {Writer: AtRecv, Status: None, Code: 304, Body: None, Key: None},
			ctx + "NotFound":        {Writer: AtRecv, Status: None, Code: 404, Body: None, Key: None},
			ctx + "Redirect":        {Writer: AtRecv, Status: 0, Body: None, Key: None, Redirect: HertzRedirect},
			ctx + "Write":           {Writer: AtRecv, Status: None, Body: 0, Key: None},
			ctx + "WriteString":     {Writer: AtRecv, Status: None, Body: 0, Key: None},
			ctx + "SetBodyString":   {Writer: AtRecv, Status: None, Body: 0, Key: None},
			ctx + "Header":          {Writer: AtRecv, Status: None, Body: None, Key: 0},
		}
		for r, body := range map[string]int{
			"JSON": 1, "PureJSON": 1, "IndentedJSON": 1, "XML": 1, "ProtoBuf": 1, "Data": 2, "String": 1,
			"AbortWithStatusJSON": 1, "HTML": Unknown, "Render": Unknown,
		} {
			m[ctx+r] = Effect{Writer: AtRecv, Status: 0, Body: body, Key: None, Render: true}
		}
		return m
	}(),
}
