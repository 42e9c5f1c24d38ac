package knowledge

// Fiber runtimes: fiber v2 (struct *Ctx) and fiber v3 (interface Ctx),
// both on top of fasthttp.
const (
	FiberV2 Runtime = "fiber"
	FiberV3 Runtime = "fiber/v3"
)

const (
	fiberSends200 = "fiber sends 200 OK instead (fasthttp)"
	fiberVerbatim = "fiber sends it as is with the reason \"Unknown Status Code\" (fasthttp), but it is not an HTTP status code and clients reject it"
)

// fiberRoute is the shape shared by Get, Head, Post, … in fiber v2 and v3:
// the path, then every handler. Use takes an optional leading prefix: its
// Path is 0 and counts only when that argument is a string, and every
// argument of a handler type is a handler (a *fiber.App there mounts it).
var (
	fiberGroup = group("prefix").running("handlers")
	fiberRoute = callback("prefix", "fn")
	fiberUse   = handle("args", "args")
)

// fiberV2: github.com/gofiber/fiber/v2@v2.52.15, ctx.go (Status 1853,
// SendStatus 1785, Redirect 1463, RedirectToRoute 1520, RedirectBack 1548,
// all on the struct *Ctx), app.go (Error 82, NewError 826, routes 685-807),
// group.go, mount.go (Mount 41, 70), router.go (Router interface 21-45).
// Status calls fasthttp's Response.SetStatusCode: no validation; a code
// ≤ 0 goes out as 200 (fasthttp header.go 162-166, 3107-3110), anything
// else verbatim.
var fiberV2 = Framework{
	Runtime:  FiberV2,
	Behavior: Behavior{fiberSends200, fiberVerbatim, fiberVerbatim, fiberVerbatim},
	// fasthttp takes 0 for "no status set yet" and sends 200.
	Sentinels: []int64{0},
	Sinks: map[string]int{
		"(*github.com/gofiber/fiber/v2.Ctx).Status":     0,
		"(*github.com/gofiber/fiber/v2.Ctx).SendStatus": 0,
		// The status parameters are variadic; the first one is used.
		"(*github.com/gofiber/fiber/v2.Ctx).Redirect":        1,
		"(*github.com/gofiber/fiber/v2.Ctx).RedirectToRoute": 2,
		"(*github.com/gofiber/fiber/v2.Ctx).RedirectBack":    1,
		// The default error handler sends (*Error).Code.
		"github.com/gofiber/fiber/v2.NewError": 0,
	},
	Fields: []string{
		"github.com/gofiber/fiber/v2.Error.Code",
	},
	Errors: []string{
		"github.com/gofiber/fiber/v2.NewError",
		"github.com/gofiber/fiber/v2.Error.Code",
	},
	Routes: fiberV2Routes(),
	Adapters: map[string]string{
		"github.com/gofiber/fiber/v2/middleware/adaptor.HTTPHandler(h)":      "h",
		"github.com/gofiber/fiber/v2/middleware/adaptor.HTTPHandlerFunc(h)":  "h",
		"github.com/gofiber/fiber/v2/middleware/adaptor.FiberHandler(h)":     "h",
		"github.com/gofiber/fiber/v2/middleware/adaptor.FiberHandlerFunc(h)": "h",
		"github.com/gofiber/fiber/v2/middleware/adaptor.FiberApp(app)":       "app",
	},
}

func fiberV2Routes() map[string]Route {
	r := map[string]Route{}
	for _, recv := range []string{
		"(github.com/gofiber/fiber/v2.Router)",
		"(*github.com/gofiber/fiber/v2.App)",
		"(*github.com/gofiber/fiber/v2.Group)",
	} {
		for _, m := range []string{"Get", "Head", "Post", "Put", "Delete", "Connect", "Options", "Trace", "Patch", "All"} {
			r[recv+"."+m+"(path, handlers)"] = handle("path", "handlers")
		}
		r[recv+".Add(method, path, handlers)"] = handle("path", "handlers")
		r[recv+".Group(prefix, handlers)"] = fiberGroup
		r[recv+".Route(prefix, fn, name)"] = fiberRoute
		r[recv+".Use(args)"] = fiberUse
	}
	// Mount(prefix, app): the interface names the app fiber.
	r["(github.com/gofiber/fiber/v2.Router).Mount(prefix, fiber)"] = handle("prefix", "fiber")
	r["(*github.com/gofiber/fiber/v2.App).Mount(prefix, subApp)"] = handle("prefix", "subApp")
	r["(*github.com/gofiber/fiber/v2.Group).Mount(prefix, subApp)"] = handle("prefix", "subApp")
	return r
}

// fiberV3: github.com/gofiber/fiber/v3@v3.1.0. Ctx is an interface
// (ctx_interface_gen.go 18: Status 141, SendStatus 461, Res 107,
// Redirect 112) implemented by *DefaultCtx, which embeds DefaultRes
// (res.go: SendStatus 979, Status 1032); Res is an interface
// (res_interface_gen.go: SendStatus 130, Status 143). Redirect is a
// builder: (*Redirect).Status 151, default 303 See Other. NewError 1017,
// NewErrorf 1032, Error 62 in app.go. Routes: Router interface
// (router.go 18-40), *App (app.go 860-995), *Group (group.go), and the
// path-less Register interface returned by RouteChain (register.go).
var fiberV3 = Framework{
	Runtime:  FiberV3,
	Behavior: Behavior{fiberSends200, fiberVerbatim, fiberVerbatim, fiberVerbatim},
	// fasthttp takes 0 for "no status set yet" and sends 200.
	Sentinels: []int64{0},
	Sinks: map[string]int{
		"(github.com/gofiber/fiber/v3.Ctx).Status":             0,
		"(github.com/gofiber/fiber/v3.Ctx).SendStatus":         0,
		"(github.com/gofiber/fiber/v3.Res).Status":             0,
		"(github.com/gofiber/fiber/v3.Res).SendStatus":         0,
		"(*github.com/gofiber/fiber/v3.DefaultCtx).Status":     0,
		"(*github.com/gofiber/fiber/v3.DefaultRes).Status":     0,
		"(*github.com/gofiber/fiber/v3.DefaultRes).SendStatus": 0,
		"(*github.com/gofiber/fiber/v3.Redirect).Status":       0,
		"github.com/gofiber/fiber/v3.NewError":                 0,
		"github.com/gofiber/fiber/v3.NewErrorf":                0,
	},
	Fields: []string{
		"github.com/gofiber/fiber/v3.Error.Code",
	},
	Errors: []string{
		"github.com/gofiber/fiber/v3.NewError",
		"github.com/gofiber/fiber/v3.NewErrorf",
		"github.com/gofiber/fiber/v3.Error.Code",
	},
	Routes: fiberV3Routes(),
	Adapters: map[string]string{
		"github.com/gofiber/fiber/v3/middleware/adaptor.HTTPHandler(h)":            "h",
		"github.com/gofiber/fiber/v3/middleware/adaptor.HTTPHandlerFunc(h)":        "h",
		"github.com/gofiber/fiber/v3/middleware/adaptor.HTTPHandlerWithContext(h)": "h",
		"github.com/gofiber/fiber/v3/middleware/adaptor.FiberHandler(h)":           "h",
		"github.com/gofiber/fiber/v3/middleware/adaptor.FiberHandlerFunc(h)":       "h",
		"github.com/gofiber/fiber/v3/middleware/adaptor.FiberApp(app)":             "app",
	},
}

func fiberV3Routes() map[string]Route {
	methods := []string{"Get", "Head", "Post", "Put", "Delete", "Connect", "Options", "Trace", "Patch", "All"}
	r := map[string]Route{}
	for _, recv := range []string{
		"(github.com/gofiber/fiber/v3.Router)",
		"(*github.com/gofiber/fiber/v3.App)",
		"(*github.com/gofiber/fiber/v3.Group)",
	} {
		// Get(path string, handler any, handlers ...any): the handler and
		// every further argument are handlers.
		for _, m := range methods {
			r[recv+"."+m+"(path, handler, handlers)"] = handle("path", "handler")
		}
		r[recv+".Add(methods, path, handler, handlers)"] = handle("path", "handler")
		r[recv+".Group(prefix, handlers)"] = fiberGroup
		r[recv+".Route(prefix, fn, name)"] = fiberRoute
		r[recv+".RouteChain(path)"] = group("path")
		r[recv+".Use(args)"] = fiberUse
	}
	// RouteChain(path) returns a Register whose methods take handlers only:
	// the path comes from the receiver.
	for _, recv := range []string{
		"(github.com/gofiber/fiber/v3.Register)",
		"(*github.com/gofiber/fiber/v3.Registering)",
	} {
		for _, m := range methods {
			r[recv+"."+m+"(handler, handlers)"] = use("handler")
		}
		r[recv+".Add(methods, handler, handlers)"] = use("handler")
		r[recv+".RouteChain(path)"] = group("path")
	}
	return r
}

// fiberLifecycle: fiber v2.52.15 ctx.go and v3.1.0 ctx_interface_gen.go
// (Ctx), res.go (DefaultRes): Status (v2 1853, v3 res.go 1032) sets the
// fasthttp status and returns the context, so c.Status(204).JSON(v)
// renders on the same context; SendStatus (v2 1785) sets the status (and
// the status text as the body when there is none); JSON 908, JSONP 925, XML
// 948, Send 1698, SendString 1798, Write 1915, WriteString 1927 set or
// append the body (v3 adds CBOR and MsgPack); Set 1816 a header. fasthttp sends it all when
// the handler returns.
var fiberLifecycle = Lifecycle{
	Runtime:  FiberV2,
	Model:    ModelFiber,
	Writers:  []string{"*github.com/gofiber/fiber/v2.Ctx", "github.com/gofiber/fiber/v3.Ctx"},
	Views:    []string{"(*github.com/gofiber/fiber/v2.Ctx).Status", "(github.com/gofiber/fiber/v3.Ctx).Status"},
	Rules:    bufferedRules,
	Bodyless: fasthttpBodyless,
	Says:     Says{BodylessWrite: "fiber sends the response with {code} and fasthttp drops the body"},
	Adaptors: []string{"github.com/gofiber/fiber/v2/middleware/adaptor", "github.com/gofiber/fiber/v3/middleware/adaptor"},
	Effects: func() map[string]Effect {
		m := map[string]Effect{}
		for _, ctx := range []string{"(*github.com/gofiber/fiber/v2.Ctx).", "(github.com/gofiber/fiber/v3.Ctx)."} {
			m[ctx+"Status"] = Effect{Writer: AtRecv, Status: 0, Body: None, Key: None}
			m[ctx+"SendStatus"] = Effect{Writer: AtRecv, Status: 0, Body: None, Key: None}
			// Set (v2 1816) sets a response header, sent with the rest.
			m[ctx+"Set"] = Effect{Writer: AtRecv, Status: None, Body: None, Key: 0}
			for _, r := range []string{"JSON", "JSONP", "XML", "Send", "SendString", "Write", "WriteString"} {
				m[ctx+r] = Effect{Writer: AtRecv, Status: None, Body: 0, Key: None}
			}
		}
		for _, r := range []string{"CBOR", "MsgPack"} {
			m["(github.com/gofiber/fiber/v3.Ctx)."+r] = Effect{Writer: AtRecv, Status: None, Body: 0, Key: None}
		}
		return m
	}(),
}
