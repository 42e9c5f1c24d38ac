package knowledge

import "slices"

// Fasthttp is github.com/valyala/fasthttp, which has no router of its own.
const Fasthttp Runtime = "fasthttp"

// FasthttpRedirect is fasthttp's Redirect and RedirectBytes, which send
// 302 in place of any code that is not a redirect.
const FasthttpRedirect Runtime = "fasthttp redirect"

const (
	fasthttpSends200 = "fasthttp sends 200 OK instead"
	fasthttpVerbatim = "fasthttp sends it as is with the reason \"Unknown Status Code\", but it is not an HTTP status code and clients reject it"
	fasthttpTo302    = "fasthttp replaces every code but 301, 302, 303, 307 and 308 with 302 Found"
)

// fasthttp: github.com/valyala/fasthttp@v1.78.0. server.go: SetStatusCode
// 1138, Error 1530, TimeoutErrorWithCode 1833, TimeoutWithCodeHandler 520;
// http.go 254 and header.go 170 SetStatusCode. Nothing validates a code:
// ResponseHeader.StatusCode turns 0 into 200 (header.go 162-166), the
// status line turns a negative code into 200 (header.go 3107-3110) and
// writes any other code verbatim (status.go formatStatusLine).
var fasthttp = Framework{
	Runtime:  Fasthttp,
	Behavior: Behavior{fasthttpSends200, fasthttpVerbatim, fasthttpVerbatim, fasthttpVerbatim},
	// 0 is the zero value of the status, "no status set yet", sent as 200.
	Sentinels: []int64{0},
	Sinks: map[string]int{
		"(*github.com/valyala/fasthttp.RequestCtx).SetStatusCode":        0,
		"(*github.com/valyala/fasthttp.RequestCtx).Error":                1,
		"(*github.com/valyala/fasthttp.RequestCtx).TimeoutErrorWithCode": 1,
		"(*github.com/valyala/fasthttp.Response).SetStatusCode":          0,
		"(*github.com/valyala/fasthttp.ResponseHeader).SetStatusCode":    0,
		"github.com/valyala/fasthttp.TimeoutWithCodeHandler":             3,
	},
	// TimeoutWithCodeHandler wraps a handler too, but a key is either a
	// sink or an adapter; its code matters more.
	Adapters: map[string]string{
		"github.com/valyala/fasthttp.TimeoutHandler(h, timeout, msg)":           "h",
		"github.com/valyala/fasthttp.CompressHandler(h)":                        "h",
		"github.com/valyala/fasthttp.CompressHandlerLevel(h, level)":            "h",
		"github.com/valyala/fasthttp/fasthttpadaptor.NewFastHTTPHandler(h)":     "h",
		"github.com/valyala/fasthttp/fasthttpadaptor.NewFastHTTPHandlerFunc(h)": "h",
	},
}

// fasthttpRedirect: server.go Redirect 1570, RedirectBytes 1604, both
// through getRedirectStatusCode (1625-1632).
var fasthttpRedirect = Framework{
	Runtime:  FasthttpRedirect,
	Behavior: Behavior{fasthttpTo302, fasthttpTo302, fasthttpTo302, fasthttpTo302},
	Sinks: map[string]int{
		"(*github.com/valyala/fasthttp.RequestCtx).Redirect":      1,
		"(*github.com/valyala/fasthttp.RequestCtx).RedirectBytes": 1,
	},
}

// bufferedRules are the rules of the runtimes that hold the whole response
// until the handler returns (fasthttp and the runtimes on it): every
// status call replaces the code, which is sent with the headers and the
// body at the end.
var bufferedRules = Rules{Recorded: true, LastWins: true, KeepsLateHeaders: true}

// fasthttpBodyless: Response.write (http.go 2550) sends no body when
// mustSkipBody: 1xx, 204 and 304 (header.go 305-317).
var fasthttpBodyless = []int{100, 101, 102, 103, 204, 304}

// fasthttpLifecycle: fasthttp@v1.78.0 server.go. SetStatusCode 1138,
// Error 1530 (resets the response, then sets the status and the message),
// NotModified 1719, NotFound 1725, Redirect 1570; the body: Write 1732,
// WriteString 1738, SetBody 1637, SetBodyString 1642, Success 1538,
// SuccessString 1544. Nothing is sent before the handler returns.
var fasthttpLifecycle = Lifecycle{
	Runtime:  Fasthttp,
	Model:    ModelFasthttp,
	Writers:  []string{"*github.com/valyala/fasthttp.RequestCtx"},
	Rules:    bufferedRules,
	Bodyless: fasthttpBodyless,
	Says:     Says{BodylessWrite: "fasthttp sends the response with {code} and no body"},
	Adaptors: []string{"github.com/valyala/fasthttp"},
	Redirect: &RedirectRule{FasthttpRedirect, redirectsTo302, fasthttpTo302, false},
	Effects: func() map[string]Effect {
		const ctx = "(*github.com/valyala/fasthttp.RequestCtx)."
		return map[string]Effect{
			ctx + "SetStatusCode": {Writer: AtRecv, Status: 0, Body: None, Key: None},
			ctx + "Error":         {Writer: AtRecv, Status: 1, Body: None, Key: None},
			ctx + "NotModified":   {Writer: AtRecv, Status: None, Code: 304, Body: None, Key: None},
			ctx + "NotFound":      {Writer: AtRecv, Status: None, Code: 404, Body: None, Key: None},
			ctx + "Redirect":      {Writer: AtRecv, Status: 1, Body: None, Key: None, Redirect: FasthttpRedirect},
			ctx + "Write":         {Writer: AtRecv, Status: None, Body: 0, Key: None},
			ctx + "WriteString":   {Writer: AtRecv, Status: None, Body: 0, Key: None},
			ctx + "SetBody":       {Writer: AtRecv, Status: None, Body: 0, Key: None},
			ctx + "SetBodyString": {Writer: AtRecv, Status: None, Body: 0, Key: None},
			ctx + "Success":       {Writer: AtRecv, Status: None, Body: 1, Key: None},
			ctx + "SuccessString": {Writer: AtRecv, Status: None, Body: 1, Key: None},
		}
	}(),
}

// redirectsTo302 are the codes fasthttp's and hertz's Redirect keep; any
// other becomes 302 (fasthttp server.go getRedirectStatusCode 1625-1632,
// hertz pkg/app/context.go 783-790).
func redirectsTo302(c int64) bool { return slices.Contains([]int64{301, 302, 303, 307, 308}, c) }
