package knowledge

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
	Fields: []string{
		"github.com/danielgtaylor/huma/v2.ErrorModel.Status",
		"github.com/danielgtaylor/huma/v2.Operation.DefaultStatus",
	},
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

// onAPI says that huma's functions take their router, api, first.
func onAPI(r Route) Route { r.RouterArg = "api"; return r }
