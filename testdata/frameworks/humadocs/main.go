// Command humadocs registers operations on a real huma API and prints, as
// JSON, the response keys that huma writes into each operation's OpenAPI
// document, and the status of each error constructor: statuslint's model
// of huma (passes/docs.HumaDocumented, the knowledge table's Fixed codes)
// is compared with it.
package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"slices"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"
)

type withParam struct {
	ID string `path:"id"`
}

type withBody struct {
	Body struct{ Name string }
}

type noInput struct{}

type bodyOut struct {
	Body struct{ Name string }
}

type emptyOut struct{}

func handler[I, O any](context.Context, *I) (*O, error) { return nil, nil }

func main() {
	api := humago.New(http.NewServeMux(), huma.DefaultConfig("drift", "1"))
	// The case names are the keys of the test's table.
	huma.Register(api, huma.Operation{OperationID: "get-body", Method: http.MethodGet, Path: "/a"}, handler[noInput, bodyOut])
	huma.Register(api, huma.Operation{OperationID: "delete-empty", Method: http.MethodDelete, Path: "/b"}, handler[noInput, emptyOut])
	huma.Register(api, huma.Operation{OperationID: "head-empty", Method: http.MethodHead, Path: "/c"}, handler[noInput, emptyOut])
	huma.Register(api, huma.Operation{OperationID: "errors-param", Method: http.MethodGet, Path: "/d/{id}", Errors: []int{400, 404}}, handler[withParam, bodyOut])
	huma.Register(api, huma.Operation{OperationID: "errors-body-201", Method: http.MethodPost, Path: "/e", DefaultStatus: 201, Errors: []int{409}}, handler[withBody, bodyOut])
	huma.Register(api, huma.Operation{OperationID: "errors-noinput", Method: http.MethodDelete, Path: "/f", Errors: []int{404}}, handler[noInput, emptyOut])
	huma.Register(api, huma.Operation{OperationID: "responses", Method: http.MethodGet, Path: "/g", Responses: map[string]*huma.Response{"404": {Description: "gone"}}}, handler[noInput, bodyOut])
	huma.Register(api, huma.Operation{OperationID: "default-status-empty", Method: http.MethodPut, Path: "/h", DefaultStatus: 202}, handler[noInput, emptyOut])
	huma.Get(api, "/i", handler[withParam, bodyOut], func(o *huma.Operation) { o.OperationID = "convenience-get" })

	out := struct {
		Operations   map[string][]string `json:"operations"`
		Constructors map[string]int      `json:"constructors"`
	}{map[string][]string{}, map[string]int{}}
	for _, item := range api.OpenAPI().Paths {
		for _, op := range []*huma.Operation{item.Get, item.Post, item.Put, item.Delete, item.Head} {
			if op == nil {
				continue
			}
			var keys []string
			for k := range op.Responses {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			out.Operations[op.OperationID] = keys
		}
	}
	for name, f := range map[string]func(string, ...error) huma.StatusError{
		"Error400BadRequest": huma.Error400BadRequest, "Error401Unauthorized": huma.Error401Unauthorized,
		"Error402PaymentRequired": huma.Error402PaymentRequired, "Error403Forbidden": huma.Error403Forbidden,
		"Error404NotFound": huma.Error404NotFound, "Error405MethodNotAllowed": huma.Error405MethodNotAllowed,
		"Error406NotAcceptable": huma.Error406NotAcceptable, "Error407ProxyAuthRequired": huma.Error407ProxyAuthRequired,
		"Error408RequestTimeout": huma.Error408RequestTimeout, "Error409Conflict": huma.Error409Conflict,
		"Error410Gone": huma.Error410Gone, "Error411LengthRequired": huma.Error411LengthRequired,
		"Error412PreconditionFailed": huma.Error412PreconditionFailed, "Error413RequestEntityTooLarge": huma.Error413RequestEntityTooLarge,
		"Error414RequestURITooLong": huma.Error414RequestURITooLong, "Error415UnsupportedMediaType": huma.Error415UnsupportedMediaType,
		"Error416RequestedRangeNotSatisfiable": huma.Error416RequestedRangeNotSatisfiable, "Error417ExpectationFailed": huma.Error417ExpectationFailed,
		"Error418Teapot": huma.Error418Teapot, "Error421MisdirectedRequest": huma.Error421MisdirectedRequest,
		"Error422UnprocessableEntity": huma.Error422UnprocessableEntity, "Error423Locked": huma.Error423Locked,
		"Error424FailedDependency": huma.Error424FailedDependency, "Error425TooEarly": huma.Error425TooEarly,
		"Error426UpgradeRequired": huma.Error426UpgradeRequired, "Error428PreconditionRequired": huma.Error428PreconditionRequired,
		"Error429TooManyRequests": huma.Error429TooManyRequests, "Error431RequestHeaderFieldsTooLarge": huma.Error431RequestHeaderFieldsTooLarge,
		"Error451UnavailableForLegalReasons": huma.Error451UnavailableForLegalReasons, "Error500InternalServerError": huma.Error500InternalServerError,
		"Error501NotImplemented": huma.Error501NotImplemented, "Error502BadGateway": huma.Error502BadGateway,
		"Error503ServiceUnavailable": huma.Error503ServiceUnavailable, "Error504GatewayTimeout": huma.Error504GatewayTimeout,
		"Error505HTTPVersionNotSupported": huma.Error505HTTPVersionNotSupported, "Error506VariantAlsoNegotiates": huma.Error506VariantAlsoNegotiates,
		"Error507InsufficientStorage": huma.Error507InsufficientStorage, "Error508LoopDetected": huma.Error508LoopDetected,
		"Error510NotExtended": huma.Error510NotExtended, "Error511NetworkAuthenticationRequired": huma.Error511NetworkAuthenticationRequired,
	} {
		out.Constructors[name] = f("").GetStatus()
	}
	out.Constructors["Status304NotModified"] = huma.Status304NotModified().GetStatus()
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
