package knowledge

import (
	"maps"
	"slices"
)

// Huma is github.com/danielgtaylor/huma/v2, which writes through the router
// adapter it is mounted on (humago, humachi, humagin, humaecho, humafiber,
// …); on every net/http adapter the code reaches WriteHeader.
const Huma Runtime = "huma"

const (
	humaPanics = "huma passes it to its router, where net/http panics (invalid WriteHeader code)"
	humaSends  = "huma passes it to its router, where net/http sends it as is, but it is not an HTTP status code and clients reject it"
)

// huma: github.com/danielgtaylor/huma/v2@v2.37.2. error.go: NewError 231
// and NewErrorWithContext 251 are package-level variables of func type
// (users may replace them), keyed here like functions, "path.Name";
// WriteErr 258; ErrorModel.Status 81. api.go: the Context interface,
// SetStatus 113. openapi.go: Operation.DefaultStatus 846. huma.go:
// Register 708 and the generic Get/Post/Head/Put/Patch/Delete 2281-2383,
// whose router is their first argument (an API); group.go: NewGroup 79
// returns a *Group, itself an API, under every prefix given.
var huma = Framework{
	Runtime:  Huma,
	Behavior: Behavior{humaPanics, humaPanics, humaSends, humaPanics},
	Sinks: map[string]int{
		"github.com/danielgtaylor/huma/v2.NewError":            0,
		"github.com/danielgtaylor/huma/v2.NewErrorWithContext": 1,
		"github.com/danielgtaylor/huma/v2.WriteErr":            2,
		"(github.com/danielgtaylor/huma/v2.Context).SetStatus": 0,
	},
	Fixed: humaFixed,
	Fields: []string{
		"github.com/danielgtaylor/huma/v2.ErrorModel.Status",
		"github.com/danielgtaylor/huma/v2.Operation.DefaultStatus",
	},
	// Every constructor returns a StatusError, and an ErrorModel is one.
	Errors: append(slices.Sorted(maps.Keys(humaFixed)),
		"github.com/danielgtaylor/huma/v2.NewError",
		"github.com/danielgtaylor/huma/v2.NewErrorWithContext",
		"github.com/danielgtaylor/huma/v2.ErrorModel.Status"),
	Routes: map[string]Route{
		// The router is argument 0, api; the path of Register is the
		// Path field of its Operation argument.
		"github.com/danielgtaylor/huma/v2.Register(api, op, handler)":                    onAPI(handle("op", "handler").pathIn("Path")),
		"github.com/danielgtaylor/huma/v2.Get(api, path, handler, operationHandlers)":    onAPI(handle("path", "handler")),
		"github.com/danielgtaylor/huma/v2.Post(api, path, handler, operationHandlers)":   onAPI(handle("path", "handler")),
		"github.com/danielgtaylor/huma/v2.Head(api, path, handler, operationHandlers)":   onAPI(handle("path", "handler")),
		"github.com/danielgtaylor/huma/v2.Put(api, path, handler, operationHandlers)":    onAPI(handle("path", "handler")),
		"github.com/danielgtaylor/huma/v2.Patch(api, path, handler, operationHandlers)":  onAPI(handle("path", "handler")),
		"github.com/danielgtaylor/huma/v2.Delete(api, path, handler, operationHandlers)": onAPI(handle("path", "handler")),
		"github.com/danielgtaylor/huma/v2.NewGroup(api, prefixes)":                       onAPI(group("prefixes")),
	},
}

// humaFixed: error.go 276-480, one constructor per standard error code,
// and Status304NotModified; each calls NewError with its code.
var humaFixed = map[string]int{
	"github.com/danielgtaylor/huma/v2.Status304NotModified":                  304,
	"github.com/danielgtaylor/huma/v2.Error400BadRequest":                    400,
	"github.com/danielgtaylor/huma/v2.Error401Unauthorized":                  401,
	"github.com/danielgtaylor/huma/v2.Error402PaymentRequired":               402,
	"github.com/danielgtaylor/huma/v2.Error403Forbidden":                     403,
	"github.com/danielgtaylor/huma/v2.Error404NotFound":                      404,
	"github.com/danielgtaylor/huma/v2.Error405MethodNotAllowed":              405,
	"github.com/danielgtaylor/huma/v2.Error406NotAcceptable":                 406,
	"github.com/danielgtaylor/huma/v2.Error407ProxyAuthRequired":             407,
	"github.com/danielgtaylor/huma/v2.Error408RequestTimeout":                408,
	"github.com/danielgtaylor/huma/v2.Error409Conflict":                      409,
	"github.com/danielgtaylor/huma/v2.Error410Gone":                          410,
	"github.com/danielgtaylor/huma/v2.Error411LengthRequired":                411,
	"github.com/danielgtaylor/huma/v2.Error412PreconditionFailed":            412,
	"github.com/danielgtaylor/huma/v2.Error413RequestEntityTooLarge":         413,
	"github.com/danielgtaylor/huma/v2.Error414RequestURITooLong":             414,
	"github.com/danielgtaylor/huma/v2.Error415UnsupportedMediaType":          415,
	"github.com/danielgtaylor/huma/v2.Error416RequestedRangeNotSatisfiable":  416,
	"github.com/danielgtaylor/huma/v2.Error417ExpectationFailed":             417,
	"github.com/danielgtaylor/huma/v2.Error418Teapot":                        418,
	"github.com/danielgtaylor/huma/v2.Error421MisdirectedRequest":            421,
	"github.com/danielgtaylor/huma/v2.Error422UnprocessableEntity":           422,
	"github.com/danielgtaylor/huma/v2.Error423Locked":                        423,
	"github.com/danielgtaylor/huma/v2.Error424FailedDependency":              424,
	"github.com/danielgtaylor/huma/v2.Error425TooEarly":                      425,
	"github.com/danielgtaylor/huma/v2.Error426UpgradeRequired":               426,
	"github.com/danielgtaylor/huma/v2.Error428PreconditionRequired":          428,
	"github.com/danielgtaylor/huma/v2.Error429TooManyRequests":               429,
	"github.com/danielgtaylor/huma/v2.Error431RequestHeaderFieldsTooLarge":   431,
	"github.com/danielgtaylor/huma/v2.Error451UnavailableForLegalReasons":    451,
	"github.com/danielgtaylor/huma/v2.Error500InternalServerError":           500,
	"github.com/danielgtaylor/huma/v2.Error501NotImplemented":                501,
	"github.com/danielgtaylor/huma/v2.Error502BadGateway":                    502,
	"github.com/danielgtaylor/huma/v2.Error503ServiceUnavailable":            503,
	"github.com/danielgtaylor/huma/v2.Error504GatewayTimeout":                504,
	"github.com/danielgtaylor/huma/v2.Error505HTTPVersionNotSupported":       505,
	"github.com/danielgtaylor/huma/v2.Error506VariantAlsoNegotiates":         506,
	"github.com/danielgtaylor/huma/v2.Error507InsufficientStorage":           507,
	"github.com/danielgtaylor/huma/v2.Error508LoopDetected":                  508,
	"github.com/danielgtaylor/huma/v2.Error510NotExtended":                   510,
	"github.com/danielgtaylor/huma/v2.Error511NetworkAuthenticationRequired": 511,
}

// onAPI says that huma's functions take their router, api, first.
func onAPI(r Route) Route { r.RouterArg = "api"; return r }

// humaLifecycle: huma v2.37.2 api.go Context (SetStatus, BodyWriter).
// What a handler does with the response depends on the adapter: the
// net/http ones (adapters/humachi 116-135 and the others) call
// WriteHeader at SetStatus and write to the net/http writer, humafiber
// (126-145) sets fiber's status and writes to the buffered fasthttp
// context. Only what holds under both is checked: a body written after
// SetStatus(204) with no later SetStatus is lost; a late status or header
// is left alone (fiber keeps it).
var humaLifecycle = Lifecycle{
	Runtime:  Huma,
	Model:    ModelHuma,
	Writers:  []string{"github.com/danielgtaylor/huma/v2.Context"},
	Views:    []string{"(github.com/danielgtaylor/huma/v2.Context).BodyWriter"},
	Rules:    bufferedRules,
	Bodyless: netHTTPBodyless,
	Says:     Says{BodylessWrite: "no huma adapter sends a body with {code} (net/http refuses it, fiber drops it)"},
	Effects: map[string]Effect{
		"(github.com/danielgtaylor/huma/v2.Context).SetStatus": {Writer: AtRecv, Status: 0, Body: None, Key: None},
		// ctx.BodyWriter().Write(b): the receiver is a view of the context.
		"(io.Writer).Write": {Writer: AtRecv, Status: None, Body: 0, Key: None, Commits: true, Certain: true},
	},
}
