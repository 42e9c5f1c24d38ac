package knowledge

// GRPCGateway is github.com/grpc-ecosystem/grpc-gateway/v2/runtime, which
// writes through net/http.
const GRPCGateway Runtime = "grpc-gateway"

// grpcGateway: github.com/grpc-ecosystem/grpc-gateway/v2@v2.33.0,
// runtime/errors.go: HTTPStatusError{HTTPStatus int, Err error} 25-28
// replaces the status that DefaultHTTPErrorHandler writes with
// w.WriteHeader(st) (166-172). runtime/mux.go: HandlePath(meth,
// pathPattern, h) 453; Handle(meth, pat Pattern, h) 443 takes a compiled
// Pattern, not a string, so it has no readable path.
var grpcGateway = Framework{
	Runtime:  GRPCGateway,
	Behavior: Behavior{netHTTPPanics, netHTTPPanics, netHTTPSends, netHTTPPanics},
	Fields: []string{
		"github.com/grpc-ecosystem/grpc-gateway/v2/runtime.HTTPStatusError.HTTPStatus",
	},
	Errors: []string{
		"github.com/grpc-ecosystem/grpc-gateway/v2/runtime.HTTPStatusError.HTTPStatus",
	},
	Routes: map[string]Route{
		"(*github.com/grpc-ecosystem/grpc-gateway/v2/runtime.ServeMux).HandlePath(meth, pathPattern, h)": handle("pathPattern", "h"),
		// Handle, which generated code calls with a compiled Pattern, is
		// left out: statuslint cannot read the path, so its handlers'
		// exposure stays unknown.
	},
}
