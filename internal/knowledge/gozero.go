package knowledge

// GoZero is github.com/zeromicro/go-zero/rest, which writes through
// net/http.
const GoZero Runtime = "go-zero"

// goZero: github.com/zeromicro/go-zero@v1.10.3. rest/httpx/responses.go:
// WriteJson 114 and WriteJsonCtx 121 call doWriteJson (175), which calls
// w.WriteHeader(code) without a check. rest/server.go: AddRoute 67 takes
// a rest.Route{Method, Path, Handler} literal (types.go 13-17), AddRoutes
// 72 a slice of them; WithPrefix 253 is a RouteOption that puts them
// under a prefix. The path and the handler are the fields
// rest.Route.Path and rest.Route.Handler of the argument: the routes pass
// reads them from the composite literal (structs).
// responses.go: SetErrorHandler 69 and SetErrorHandlerCtx 80 install the
// callback that Error and ErrorCtx (26, 31) call for an error; the int it
// returns goes to WriteJson, that is to WriteHeader, unchecked.
var goZero = Framework{
	Runtime:  GoZero,
	Behavior: Behavior{netHTTPPanics, netHTTPPanics, netHTTPSends, netHTTPPanics},
	Sinks: map[string]int{
		"github.com/zeromicro/go-zero/rest/httpx.WriteJson":    1,
		"github.com/zeromicro/go-zero/rest/httpx.WriteJsonCtx": 2,
	},
	Callbacks: map[string]Callback{
		"github.com/zeromicro/go-zero/rest/httpx.SetErrorHandler":    {Arg: 0, Result: 0},
		"github.com/zeromicro/go-zero/rest/httpx.SetErrorHandlerCtx": {Arg: 0, Result: 0},
	},
	Routes: map[string]Route{
		// The routes are rest.Route values (types.go 13-17); the options
		// may add a prefix (server.go 253, WithPrefix).
		"(*github.com/zeromicro/go-zero/rest.Server).AddRoute(r, opts)":   structs("r", "Path", "Handler", "").options("opts"),
		"(*github.com/zeromicro/go-zero/rest.Server).AddRoutes(rs, opts)": structs("rs", "Path", "Handler", "").options("opts"),
	},
	PrefixOptions: map[string]string{
		"github.com/zeromicro/go-zero/rest.WithPrefix(group)": "group",
	},
}

// goZeroLifecycle: rest/httpx/responses.go, calls on the net/http writer.
// WriteJson 114 and WriteJsonCtx 121 (doWriteJson 175) set Content-Type,
// call WriteHeader(code) and write the marshaled value (a marshal error
// answers 500 through http.Error instead): under 204 net/http refuses the
// body and go-zero logs "write response failed". OkJson 45 and OkJsonCtx 56
// write with 200, Ok 40 only sends 200. Error 26 and ErrorCtx 31 always
// send a status (the error handler's code, http.Error's 400, or the
// handlers they are given). Stream 96 writes only what its callback
// writes and is left alone.
var goZeroLifecycle = Lifecycle{
	Runtime: GoZero,
	Model:   ModelNetHTTP,
	Effects: func() map[string]Effect {
		const httpx = "github.com/zeromicro/go-zero/rest/httpx."
		return map[string]Effect{
			httpx + "WriteJson":    {Writer: 0, Status: 1, Body: 2, Key: None, Commits: true, Render: true},
			httpx + "WriteJsonCtx": {Writer: 1, Status: 2, Body: 3, Key: None, Commits: true, Render: true},
			httpx + "OkJson":       {Writer: 0, Status: None, Code: 200, Body: 1, Key: None, Commits: true},
			httpx + "OkJsonCtx":    {Writer: 1, Status: None, Code: 200, Body: 2, Key: None, Commits: true},
			httpx + "Ok":           {Writer: 0, Status: None, Code: 200, Body: None, Key: None, Commits: true},
			httpx + "Error":        {Writer: 0, Status: Unknown, Body: None, Key: None, Commits: true},
			httpx + "ErrorCtx":     {Writer: 1, Status: Unknown, Body: None, Key: None, Commits: true},
		}
	}(),
}
