package knowledge

import (
	"slices"
	"strconv"
	"strings"
)

// The response lifecycle: which calls set a status, write a body, set a
// header or commit the response, for the writers whose order statuslint
// follows. Everything statuslint knows of one runtime's lifecycle is one
// Lifecycle value: its writers, its calls (Effects), whether the first or
// the last status wins, whether late headers are dropped, which codes carry
// no body, its redirect rule and its words in the messages. The lifecycle
// pass reads these values and never asks which runtime a writer is.

// Trailers are header keys that a handler may set after the response was
// committed (net/http sends them after the body): keys with TrailerPrefix
// (http.TrailerPrefix), and the keys that a function, or a helper of its
// package that it calls, announces in the TrailerHeader header; every key
// in a function that announces a value that is not a constant.
const (
	TrailerHeader = "Trailer"
	TrailerPrefix = "Trailer:"
)

// Model names how a writer commits its response: one Lifecycle declares
// each model's writers and rules.
type Model string

// The writer models.
const (
	// ModelNetHTTP is net/http.ResponseWriter: WriteHeader with a final
	// code (not 1xx, except 101) or the first Write sends the header;
	// a later WriteHeader only logs "superfluous response.WriteHeader
	// call" (server.go 1140-1174).
	ModelNetHTTP Model = "net/http"
	// ModelGin is gin's *Context and its Writer: Status and WriteHeader
	// only record the code until the first body write or WriteHeaderNow;
	// after that, a different code is dropped with a debug warning, the
	// same code is a no-op (response_writer.go 67-82).
	ModelGin Model = "gin"
	// ModelEcho is echo's Context and its Response: WriteHeader commits,
	// a later one logs "response already committed" (v4 response.go 57-68,
	// v5 response.go 50-61).
	ModelEcho Model = "echo"
	// ModelKratos is kratos' transport/http.Context: its renders write
	// the status and the body through the net/http writer (context.go
	// 116-153).
	ModelKratos Model = "kratos"
	// ModelChiRender is the request that go-chi/render.Status records a
	// status on (responder.go 31): the next render writes it.
	ModelChiRender Model = "chi render"
	// ModelFasthttp is fasthttp's *RequestCtx: the status and the body are
	// buffered and sent when the handler returns.
	ModelFasthttp Model = "fasthttp"
	// ModelFiber is fiber's Ctx (v2 *Ctx, v3 Ctx), on fasthttp.
	ModelFiber Model = "fiber"
	// ModelHertz is hertz's *app.RequestContext, buffered as fasthttp.
	ModelHertz Model = "hertz"
	// ModelHuma is huma's Context, whose adapter decides: the net/http
	// adapters (humachi, humago, humamux, humagin, humaecho…) commit at
	// SetStatus, humafiber buffers.
	ModelHuma Model = "huma"
)

// Rules are how a model's runtime treats statuses: the lifecycle pass
// reads them rather than asking which model a writer is.
type Rules struct {
	// Recorded: a status call only records the code until the first
	// write, which commits it; a later status call before the write
	// replaces it; after the commit a different code is dropped and the
	// same code is silent (gin, response_writer.go 67-82).
	Recorded bool
	// Default is the status a write sends when none was recorded (gin's
	// defaultStatus, response_writer.go 17), for a Recorded model that
	// commits at the write.
	Default int
	// LastWins: the runtime buffers the response and sends it when the
	// handler returns, so the last status set wins (no status is
	// superfluous), and a body written under a status that allows none is
	// lost only when no later status replaces that status.
	LastWins bool
	// KeepsLateHeaders: headers set after the body are sent too (the
	// header check does not apply).
	KeepsLateHeaders bool
	// IgnoresNonPositive: a code ≤ 0 sets nothing (gin's WriteHeader).
	IgnoresNonPositive bool
	// PanicsOutOfRange: a code outside 100–999 panics on a fresh response
	// and commits nothing (net/http's checkWriteHeaderCode, which echo's
	// Response calls).
	PanicsOutOfRange bool
	// Adaptable: in a package that imports a runtime that may adapt
	// net/http handlers (MayAdaptNetHTTP), the writer may be served onto a
	// buffering runtime: the last status wins and late headers are sent.
	Adaptable bool
	// AssertViews: the writer asserted to an interface (w.(http.Flusher))
	// is the same writer.
	AssertViews bool
}

// Says are a runtime's words in the lifecycle messages; "{code}" stands
// for the status in question.
type Says struct {
	// Superfluous follows "… sets status 500 after c.JSON" and says what
	// the runtime does with the late status.
	Superfluous string
	// BodylessRender follows "c.JSON with status 204" and says what the
	// runtime does with the body of a render whose own status allows
	// none.
	BodylessRender string
	// BodylessWrite follows "w.Write writes a body after … set status 204"
	// and says what the runtime does with that body.
	BodylessWrite string
}

// Say returns the text with "{code}" replaced by code.
func Say(text string, code int64) string {
	return strings.ReplaceAll(text, "{code}", strconv.FormatInt(code, 10))
}

// RedirectRule is a redirect API's: the codes it redirects with, and what
// it does with a code in 100–599 that it refuses.
type RedirectRule struct {
	API     Runtime
	Accepts func(code int64) bool
	Refusal string
	// SendsRefused: a refused code is sent as the response's status
	// (net/http's); the other APIs send nothing (gin panics, echo returns
	// an error) or 302 instead (fasthttp, hertz).
	SendsRefused bool
}

// Lifecycle is everything statuslint knows of one runtime's response
// lifecycle. A Lifecycle with Writers declares its model; one without
// adds calls that act on the writers of its Model (go-zero's httpx writes
// through net/http's writer).
type Lifecycle struct {
	// Runtime is the runtime of the knowledge tables that the lifecycle
	// is of; the README's table of runtimes has a row for each.
	Runtime Runtime
	Model   Model
	// Writers are the writer types, as types.TypeString with full package
	// paths names them ("net/http.ResponseWriter"). Only a variable of
	// exactly these types is followed; any other type, even one that
	// implements net/http.ResponseWriter, may buffer and is left alone.
	Writers []string
	// Views are fields and methods that give the same writer as their
	// receiver: "github.com/gin-gonic/gin.Context.Writer", echo's
	// Response(), fiber's chained Status(code).
	Views []string
	// HeaderMaps are the methods that return a writer's response header
	// map (w.Header()), whose changes are header changes (AtHeaderRecv):
	// kratos' Context.Header() is the request's.
	HeaderMaps []string
	Rules      Rules
	// Bodyless are the codes under which the runtime sends no body.
	Bodyless []int
	Says     Says
	// Adaptors are import paths (and their subpackages) that serve
	// net/http handlers on this buffering runtime (MayAdaptNetHTTP).
	Adaptors []string
	Redirect *RedirectRule
	// Effects are the calls and what each does to its writer.
	Effects map[string]Effect
}

// netHTTPSays are net/http's words, also those of the runtimes that write
// through its writer.
var netHTTPSays = Says{
	Superfluous:    `committed the response: net/http keeps the first status and logs "superfluous response.WriteHeader call"`,
	BodylessRender: "loses its body: net/http allows no body with {code} (ErrBodyNotAllowed)",
	BodylessWrite:  "net/http allows no body with {code} and drops it (ErrBodyNotAllowed)",
}

// netHTTPBodyless: bodyAllowedForStatus (transfer.go 461-471) for a final
// status; other 1xx codes commit nothing.
var netHTTPBodyless = []int{101, 204, 304}

// netHTTPLifecycle: $GOROOT/src/net/http/server.go.
var netHTTPLifecycle = Lifecycle{
	Runtime:    NetHTTP,
	Model:      ModelNetHTTP,
	Writers:    []string{"net/http.ResponseWriter"},
	HeaderMaps: []string{"(net/http.ResponseWriter).Header"},
	Rules:      Rules{PanicsOutOfRange: true, Adaptable: true, AssertViews: true},
	Bodyless:   netHTTPBodyless,
	Says:       netHTTPSays,
	// server.go 2355-2420: any code is written, but only 3xx redirect.
	Redirect: &RedirectRule{NetHTTPRedirect, func(c int64) bool { return c >= 300 && c <= 399 },
		"http.Redirect sends it as the status with a Location header that clients do not follow", true},
	Effects: netHTTPEffects,
}

// ginLifecycle: gin@v1.12.0; gin's bodyAllowedForStatus (context.go)
// holds for renders and for the code recorded before a write, and a write
// after a recorded code goes through net/http.
var ginLifecycle = Lifecycle{
	Runtime: Gin,
	Model:   ModelGin,
	// context.go: Context.Writer (field, a ResponseWriter).
	Writers:  []string{"*github.com/gin-gonic/gin.Context"},
	Views:    []string{"github.com/gin-gonic/gin.Context.Writer"},
	Rules:    Rules{Recorded: true, Default: 200, IgnoresNonPositive: true},
	Bodyless: []int{100, 101, 102, 103, 204, 304},
	Says: Says{
		Superfluous:    "wrote the response with {code}: gin keeps {code} and drops the new code",
		BodylessRender: "writes no body: gin drops the body of a {code} response",
		BodylessWrite:  netHTTPSays.BodylessWrite,
	},
	// render/redirect.go 20-26.
	Redirect: &RedirectRule{GinRedirect, func(c int64) bool { return c == 201 || c >= 300 && c <= 308 }, ginNoRedir, false},
	Effects:  ginEffects,
}

// echoLifecycle: echo writes the code through net/http.
var echoLifecycle = Lifecycle{
	Runtime: EchoV4,
	Model:   ModelEcho,
	// v4.16.0 context.go 28: Response() *Response; v5.4.4 context.go 177:
	// Response() http.ResponseWriter.
	Writers: []string{"github.com/labstack/echo/v4.Context", "*github.com/labstack/echo/v5.Context"},
	Views:   []string{"(github.com/labstack/echo/v4.Context).Response", "(*github.com/labstack/echo/v5.Context).Response"},
	// v4 response.go 52.
	HeaderMaps: []string{"(*github.com/labstack/echo/v4.Response).Header"},
	Rules:      Rules{PanicsOutOfRange: true},
	Bodyless:   netHTTPBodyless,
	Says: Says{
		Superfluous:    `committed the response: echo keeps the first status ("response already committed")`,
		BodylessRender: netHTTPSays.BodylessRender,
		BodylessWrite:  netHTTPSays.BodylessWrite,
	},
	// v4 context.go 654-661, v5 context.go 788-795.
	Redirect: &RedirectRule{EchoRedirect, func(c int64) bool { return c >= 300 && c <= 308 }, echoNoRedir, false},
	Effects:  echoEffects,
}

// lifecycles lists every runtime's lifecycle.
var lifecycles = []*Lifecycle{
	&netHTTPLifecycle, &ginLifecycle, &echoLifecycle, &kratosLifecycle,
	&chiRenderLifecycle, &chiRenderWrites, &goZeroLifecycle,
	&fasthttpLifecycle, &fiberLifecycle, &hertzLifecycle, &humaLifecycle,
}

// Writer positions in an Effect: an argument index (≥ 0) or one of these.
const (
	// AtRecv: the writer is the call's receiver (w.WriteHeader).
	AtRecv = -1
	// AtHeaderRecv: the receiver is the writer's Header() (w.Header().Set).
	AtHeaderRecv = -2
	// AtEncoderRecv: the receiver is an encoder built on the writer by one
	// of EncoderCtors (json.NewEncoder(w).Encode).
	AtEncoderRecv = -3
)

// Status and Body values in an Effect besides an argument index.
const (
	// None: the call does not set a status, or writes no body.
	None = -1
	// Unknown: the call sets a status whose code the call does not say
	// (http.ServeContent), or writes a body of unknown length.
	Unknown = -2
	// Always: the call always writes a non-empty body.
	Always = -3
)

// Effect is what one call does to a response.
type Effect struct {
	Writer int // where the writer is: an argument index or AtRecv, AtHeaderRecv, AtEncoderRecv
	Status int // the status-code argument, None, or Unknown
	Code   int // a code the call always sends (http.NotFound: 404), or 0
	Body   int // the body argument, None, Unknown or Always
	Key    int // the header-key argument of a header change, or None
	// Sets is a header the call always changes (http.SetCookie:
	// "Set-Cookie"), or "".
	Sets string
	// Commits reports that the call sends the header whatever else it
	// does (a Write, a Flush, gin's WriteHeaderNow and renders).
	Commits bool
	// Render reports a render that sets the status and writes its body in
	// one call (gin's c.JSON, echo's c.JSON).
	Render bool
	// Certain reports that the call has committed the response even when
	// it returns an error (a Write sends the header before it can fail),
	// so that its error branch is after the commit too. An encoder or a
	// template may fail before it writes anything.
	Certain bool
	// Redirect, when set, is the redirect API the call is: it sends
	// nothing for a code that RedirectAccepts refuses (gin panics, echo
	// returns an error).
	Redirect Runtime
	// MayRecord reports a call that may record a status the table does
	// not say (gin's Next runs the rest of the chain; its Bind methods
	// answer 400 or 413 when binding fails), so that the code of a later
	// write is not known.
	MayRecord bool
}

// EncoderCtors are the functions whose first argument the value they
// build writes to (AtEncoderRecv): encoders, and net/http's
// ResponseController.
var EncoderCtors = []string{"encoding/json.NewEncoder", "encoding/xml.NewEncoder", "net/http.NewResponseController"}

// netHTTPEffects: $GOROOT/src/net/http/server.go (Write 1627-1641 always
// sends the header, even for an empty slice; Error 2291, NotFound 2322,
// Redirect 2355, ServeContent, ServeFile); fmt's Fprint* always call Write;
// io.Copy is absent, since it writes nothing for an empty source.
var netHTTPEffects = map[string]Effect{
	"(net/http.ResponseWriter).WriteHeader":     {Writer: AtRecv, Status: 0, Body: None, Key: None},
	"(net/http.ResponseWriter).Write":           {Writer: AtRecv, Status: None, Body: 0, Key: None, Commits: true, Certain: true},
	"(net/http.Header).Set":                     {Writer: AtHeaderRecv, Status: None, Body: None, Key: 0},
	"(net/http.Header).Add":                     {Writer: AtHeaderRecv, Status: None, Body: None, Key: 0},
	"(net/http.Header).Del":                     {Writer: AtHeaderRecv, Status: None, Body: None, Key: 0},
	"(net/http.Flusher).Flush":                  {Writer: AtRecv, Status: None, Body: None, Key: None, Commits: true, Certain: true},
	"(*net/http.ResponseController).Flush":      {Writer: AtEncoderRecv, Status: None, Body: None, Key: None, Commits: true},
	"net/http.Error":                            {Writer: 0, Status: 2, Body: Always, Key: None, Commits: true, Render: true},
	"net/http.SetCookie":                        {Writer: 0, Status: None, Body: None, Key: None, Sets: "Set-Cookie"},
	"net/http.NotFound":                         {Writer: 0, Status: None, Code: 404, Body: None, Key: None, Commits: true},
	"net/http.Redirect":                         {Writer: 0, Status: 3, Body: None, Key: None, Commits: true},
	"net/http.ServeContent":                     {Writer: 0, Status: Unknown, Body: None, Key: None, Commits: true},
	"net/http.ServeFile":                        {Writer: 0, Status: Unknown, Body: None, Key: None, Commits: true},
	"net/http.ServeFileFS":                      {Writer: 0, Status: Unknown, Body: None, Key: None, Commits: true},
	"fmt.Fprint":                                {Writer: 0, Status: None, Body: Unknown, Key: None, Commits: true, Certain: true},
	"fmt.Fprintf":                               {Writer: 0, Status: None, Body: Unknown, Key: None, Commits: true, Certain: true},
	"fmt.Fprintln":                              {Writer: 0, Status: None, Body: Always, Key: None, Commits: true, Certain: true},
	"io.WriteString":                            {Writer: 0, Status: None, Body: 1, Key: None, Commits: true, Certain: true},
	"(*encoding/json.Encoder).Encode":           {Writer: AtEncoderRecv, Status: None, Body: Always, Key: None, Commits: true},
	"(*html/template.Template).Execute":         {Writer: 0, Status: None, Body: Unknown, Key: None, Commits: true},
	"(*html/template.Template).ExecuteTemplate": {Writer: 0, Status: None, Body: Unknown, Key: None, Commits: true},
	"(*text/template.Template).Execute":         {Writer: 0, Status: None, Body: Unknown, Key: None, Commits: true},
	"(*text/template.Template).ExecuteTemplate": {Writer: 0, Status: None, Body: Unknown, Key: None, Commits: true},
}

// ginEffects: gin@v1.12.0 context.go. Status 1073 records the code;
// Render 1152 records it, then writes the body or, for a code that allows
// none, only the header (WriteHeaderNow); AbortWithStatus 213 records and
// sends the header; Header 1080 changes Writer.Header(); Redirect 1253
// renders render.Redirect (http.Redirect). response_writer.go:
// WriteHeaderNow 77.
var ginEffects = func() map[string]Effect {
	const ctx = "(*github.com/gin-gonic/gin.Context)."
	m := map[string]Effect{
		ctx + "Status":                  {Writer: AtRecv, Status: 0, Body: None, Key: None},
		ctx + "AbortWithStatus":         {Writer: AtRecv, Status: 0, Body: None, Key: None, Commits: true},
		ctx + "AbortWithError":          {Writer: AtRecv, Status: 0, Body: None, Key: None, Commits: true},
		ctx + "Redirect":                {Writer: AtRecv, Status: 0, Body: None, Key: None, Commits: true, Redirect: GinRedirect},
		ctx + "Header":                  {Writer: AtRecv, Status: None, Body: None, Key: 0},
		ctx + "Render":                  {Writer: AtRecv, Status: 0, Body: Unknown, Key: None, Commits: true, Render: true},
		ctx + "HTML":                    {Writer: AtRecv, Status: 0, Body: Unknown, Key: None, Commits: true, Render: true},
		ctx + "String":                  {Writer: AtRecv, Status: 0, Body: 1, Key: None, Commits: true, Render: true},
		ctx + "Data":                    {Writer: AtRecv, Status: 0, Body: 2, Key: None, Commits: true, Render: true},
		ctx + "DataFromReader":          {Writer: AtRecv, Status: 0, Body: Unknown, Key: None, Commits: true, Render: true},
		ctx + "AbortWithStatusJSON":     {Writer: AtRecv, Status: 0, Body: 1, Key: None, Commits: true, Render: true},
		ctx + "AbortWithStatusPureJSON": {Writer: AtRecv, Status: 0, Body: 1, Key: None, Commits: true, Render: true},
		"(github.com/gin-gonic/gin.ResponseWriter).WriteHeaderNow": {Writer: AtRecv, Status: None, Body: None, Key: None, Commits: true},
		// response_writer.go WriteString 91 (sends the header first).
		"(github.com/gin-gonic/gin.ResponseWriter).WriteString": {Writer: AtRecv, Status: None, Body: 0, Key: None, Commits: true, Certain: true},
	}
	for _, r := range []string{"IndentedJSON", "SecureJSON", "JSONP", "JSON", "AsciiJSON", "PureJSON", "XML", "YAML", "TOML", "ProtoBuf", "BSON"} {
		m[ctx+r] = Effect{Writer: AtRecv, Status: 0, Body: 1, Key: None, Commits: true, Render: true}
	}
	// Next 188 runs the rest of the chain; Bind… 757-808 and MustBindWith
	// 810 answer 400 (413 for a body too large) when binding fails.
	// File 1280, FileFromFS 1285 and FileAttachment 1303 serve a file
	// (http.ServeFile: 200, 206, 304, 404…); Negotiate 1358 renders with
	// its code; SSEvent 1313 and Stream 1322 write.
	for _, r := range []string{"Next", "Bind", "BindJSON", "BindXML", "BindQuery", "BindYAML", "BindTOML", "BindPlain", "BindHeader", "BindUri", "MustBindWith",
		"File", "FileFromFS", "FileAttachment", "Negotiate", "SSEvent", "Stream"} {
		m[ctx+r] = Effect{Writer: AtRecv, Status: None, Body: None, Key: None, MayRecord: true}
	}
	return m
}()

// echoEffects: echo v4.16.0 context.go 500-661 and v5.4.4 context.go
// 500-794: each render sets the status and writes its body; NoContent and
// Redirect send the header. (*Response) v4 response.go: WriteHeader 57,
// Write 71, Header 52.
var echoEffects = func() map[string]Effect {
	m := map[string]Effect{}
	for _, ctx := range []string{echoV4Prefix, echoV5Prefix} {
		m[ctx+"NoContent"] = Effect{Writer: AtRecv, Status: 0, Body: None, Key: None, Commits: true}
		m[ctx+"Redirect"] = Effect{Writer: AtRecv, Status: 0, Body: None, Key: None, Commits: true, Redirect: EchoRedirect}
		for r, body := range map[string]int{
			"JSON": 1, "JSONPretty": 1, "JSONBlob": 1, "JSONP": 2, "JSONPBlob": 2, "XML": 1, "XMLPretty": 1, "XMLBlob": 1,
			"Blob": 2, "String": 1, "HTML": 1, "HTMLBlob": 1, "Stream": Unknown, "Render": Unknown,
		} {
			m[ctx+r] = Effect{Writer: AtRecv, Status: 0, Body: body, Key: None, Commits: true, Render: true}
		}
	}
	const resp = "(*github.com/labstack/echo/v4.Response)."
	m[resp+"WriteHeader"] = Effect{Writer: AtRecv, Status: 0, Body: None, Key: None}
	m[resp+"Write"] = Effect{Writer: AtRecv, Status: None, Body: 0, Key: None, Commits: true, Certain: true}
	return m
}()

var (
	effects     = map[string][]Effect{}
	effectPkgs  = map[string]bool{}
	writerTypes = map[string]Model{}
	writerViews = map[string]bool{}
	writerPkgs  = map[string]bool{}
	headerMaps  = map[string]bool{}
	models      = map[Model]*Lifecycle{}
	redirects   = map[Runtime]*RedirectRule{}
)

func init() {
	for _, l := range lifecycles {
		for name, e := range l.Effects {
			// Their own set of packages: fmt and io are no HTTP API.
			effects[name] = append(effects[name], e)
			effectPkgs[PackageOf(name)] = true
		}
		if len(l.Writers) > 0 {
			models[l.Model] = l
		}
		for _, w := range l.Writers {
			writerTypes[w] = l.Model
			writerPkgs[PackageOf(w)] = true
		}
		for _, v := range l.Views {
			writerViews[v] = true
		}
		for _, h := range l.HeaderMaps {
			headerMaps[h] = true
		}
		if l.Redirect != nil {
			redirects[l.Redirect.API] = l.Redirect
		}
	}
}

// LookupEffects returns what the function or method named by FullName does
// to a response: one Effect per writer it acts on (render.JSON(w, r, v)
// writes through w the status recorded on r).
func LookupEffects(fullName string) []Effect { return effects[fullName] }

// MayAdaptNetHTTP reports whether a package that imports pkgPath may serve
// its net/http handlers through a runtime that buffers the response: the
// Adaptors of the lifecycles (fasthttpadaptor, hertz's adaptor, fiber's,
// and the ones applications write on the same model keep the last status
// and apply headers set at any time).
func MayAdaptNetHTTP(pkgPath string) bool {
	for _, l := range lifecycles {
		for _, p := range l.Adaptors {
			if pkgPath == p || strings.HasPrefix(pkgPath, p+"/") {
				return true
			}
		}
	}
	return false
}

// HasEffects reports whether the tables name a function of the package
// with this import path that changes a response.
func HasEffects(pkgPath string) bool { return effectPkgs[pkgPath] }

// WriterOf returns the model of a writer type, named as types.TypeString
// with full package paths names it.
func WriterOf(typeName string) (Model, bool) { m, ok := writerTypes[typeName]; return m, ok }

// DeclaresWriter reports whether the package with this import path declares
// a writer type that the lifecycle tables follow: a package that imports
// none of them (nor a package with lifecycle facts) has no writer to follow.
func DeclaresWriter(pkgPath string) bool { return writerPkgs[pkgPath] }

// IsWriterView reports whether the field "pkg.Type.Field" or the method
// FullName gives the writer of its receiver.
func IsWriterView(name string) bool { return writerViews[name] }

// RulesOf returns the Rules of a model.
func RulesOf(m Model) Rules { return models[m].Rules }

// SaysOf returns a model's words in the messages.
func SaysOf(m Model) Says { return models[m].Says }

// BodylessCode reports whether a response with this status carries no body
// under model m.
func BodylessCode(m Model, code int64) bool { return slices.Contains(models[m].Bodyless, int(code)) }

// IsHeaderMap reports whether the method named by FullName returns its
// writer's response header map.
func IsHeaderMap(fullName string) bool { return headerMaps[fullName] }

// LifecycleKeys returns every key of the lifecycle tables, for tests that
// check them against the real modules.
func LifecycleKeys() []string {
	keys := make([]string, 0, len(effects)+len(writerViews))
	for k := range effects {
		keys = append(keys, k)
	}
	for k := range writerViews {
		if _, ok := effects[k]; !ok {
			keys = append(keys, k)
		}
	}
	for k := range headerMaps {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// IsRedirect reports whether rt is a redirect API.
func IsRedirect(rt Runtime) bool { _, ok := redirects[rt]; return ok }

// RedirectAccepts reports whether the redirect API rt redirects with code.
// A code in 100–599 outside its set is a redirect diagnostic (codes outside
// 100–599 are range diagnostics).
func RedirectAccepts(rt Runtime, code int64) bool { return redirects[rt].Accepts(code) }

// NetHTTPRedirect is net/http's Redirect and RedirectHandler: they send
// any code, but only a 3xx code makes a client follow Location.
const NetHTTPRedirect Runtime = "net/http redirect"

// netHTTPRedirect: server.go Redirect 2355 (no validation: it calls
// WriteHeader(code), which panics outside 100–999), RedirectHandler 2437.
var netHTTPRedirect = Framework{
	Runtime:  NetHTTPRedirect,
	Behavior: Behavior{netHTTPPanics, netHTTPPanics, netHTTPSends, netHTTPPanics},
	Sinks: map[string]int{
		"net/http.Redirect":        3,
		"net/http.RedirectHandler": 1,
	},
}

// RedirectSendsRefused reports whether the redirect API rt sends a code it
// does not redirect with as the response's status.
func RedirectSendsRefused(rt Runtime) bool { return redirects[rt].SendsRefused }

// RedirectRefusal says what the redirect API rt does with a code in
// 100–599 that RedirectAccepts refuses.
func RedirectRefusal(rt Runtime) string { return redirects[rt].Refusal }

// WriterTypeNames returns the writer types of the lifecycle tables, for
// tests that check them against the real modules.
func WriterTypeNames() []string {
	names := make([]string, 0, len(writerTypes))
	for _, l := range lifecycles {
		names = append(names, l.Writers...)
	}
	return names
}

// noReturn lists functions that never return, which end a path in the
// lifecycle checks, as panic does. The lifecycle pass builds its own
// control-flow graphs only for the functions that touch a writer, rather
// than requiring the ctrlflow pass, which builds one for every function of
// every dependency; this list stands for ctrlflow's noReturn facts
// (ctrlflow's own list of logging packages included).
var noReturn = map[string]bool{
	"os.Exit": true, "runtime.Goexit": true, "syscall.Exit": true,
	"log.Fatal": true, "log.Fatalf": true, "log.Fatalln": true,
	"log.Panic": true, "log.Panicf": true, "log.Panicln": true,
	"(*log.Logger).Fatal": true, "(*log.Logger).Fatalf": true, "(*log.Logger).Fatalln": true,
	"(*log.Logger).Panic": true, "(*log.Logger).Panicf": true, "(*log.Logger).Panicln": true,
	"(*testing.common).FailNow": true, "(*testing.common).Fatal": true, "(*testing.common).Fatalf": true,
	"(*testing.common).SkipNow": true, "(*testing.common).Skip": true, "(*testing.common).Skipf": true,
	"(*go.uber.org/zap.Logger).Fatal": true, "(*go.uber.org/zap.Logger).Panic": true,
	"(*go.uber.org/zap.SugaredLogger).Fatal": true, "(*go.uber.org/zap.SugaredLogger).Fatalf": true,
	"(*go.uber.org/zap.SugaredLogger).Fatalw": true, "(*go.uber.org/zap.SugaredLogger).Panic": true,
	"(*go.uber.org/zap.SugaredLogger).Panicf": true, "(*go.uber.org/zap.SugaredLogger).Panicw": true,
	"github.com/sirupsen/logrus.Fatal": true, "github.com/sirupsen/logrus.Fatalf": true, "github.com/sirupsen/logrus.Fatalln": true,
	"github.com/sirupsen/logrus.Panic": true, "github.com/sirupsen/logrus.Panicf": true, "github.com/sirupsen/logrus.Panicln": true,
	"(*github.com/sirupsen/logrus.Logger).Fatal": true, "(*github.com/sirupsen/logrus.Logger).Fatalf": true,
	"(*github.com/sirupsen/logrus.Logger).Fatalln": true, "(*github.com/sirupsen/logrus.Logger).Exit": true,
	"(*github.com/sirupsen/logrus.Logger).Panic": true, "(*github.com/sirupsen/logrus.Logger).Panicf": true,
	"(*github.com/sirupsen/logrus.Entry).Fatal": true, "(*github.com/sirupsen/logrus.Entry).Fatalf": true,
	"(*github.com/sirupsen/logrus.Entry).Panic": true, "(*github.com/sirupsen/logrus.Entry).Panicf": true,
	"k8s.io/klog.Fatal": true, "k8s.io/klog.Fatalf": true, "k8s.io/klog.Exit": true, "k8s.io/klog.Exitf": true,
	"k8s.io/klog/v2.Fatal": true, "k8s.io/klog/v2.Fatalf": true, "k8s.io/klog/v2.Fatalln": true,
	"k8s.io/klog/v2.Exit": true, "k8s.io/klog/v2.Exitf": true, "k8s.io/klog/v2.Exitln": true,
}

// NoReturn reports whether the function or method named by FullName never
// returns.
func NoReturn(fullName string) bool { return noReturn[fullName] }
