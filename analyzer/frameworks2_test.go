package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFrameworks2 runs statuslint over packages that use the stubbed
// fiber v2 and v3, fasthttp, hertz, huma, go-zero, kratos and grpc-gateway.
// One run loads them all, which keeps the test fast.
func TestFrameworks2(t *testing.T) {
	analysistest.Run(t, testdata, codeChecks,
		"fw/fiber", "fw/fiberv3", "fw/fasthttp", "fw/hertz", "fw/huma",
		"fw/gozero", "fw/kratos", "fw/grpcgateway")
}

// TestHumaNewErrorVariables covers huma.NewError and NewErrorWithContext,
// package-level variables of func type: typeutil.Callee returns a
// *types.Var for them, looked up as "path.Name".
func TestHumaNewErrorVariables(t *testing.T) {
	analysistest.Run(t, testdata, codeChecks, "fw/humavars")
}
