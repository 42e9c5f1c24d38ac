package knowledge

import (
	"go/types"
	"testing"
)

func TestPackageOf(t *testing.T) {
	for key, want := range map[string]string{
		"net/http.Error":                                              "net/http",
		"(*net/http.ServeMux).Handle":                                 "net/http",
		"(net/http.ResponseWriter).WriteHeader":                       "net/http",
		"github.com/labstack/echo/v4.HTTPError.Code":                  "github.com/labstack/echo/v4",
		"(*github.com/gin-gonic/gin.Context).JSON":                    "github.com/gin-gonic/gin",
		"github.com/danielgtaylor/huma/v2.NewError":                   "github.com/danielgtaylor/huma/v2",
		"(*github.com/cloudwego/hertz/pkg/app.RequestContext).Status": "github.com/cloudwego/hertz/pkg/app",
	} {
		if got := PackageOf(key); got != want {
			t.Errorf("PackageOf(%q) = %q, want %q", key, got, want)
		}
	}
}

func TestBehaviors(t *testing.T) {
	for _, f := range frameworks {
		b := f.Behavior
		if b.NonPositive == "" || b.Below100 == "" || b.Above599 == "" || b.Above999 == "" {
			t.Errorf("%s: every band of invalid codes needs a behavior: %+v", f.Runtime, b)
		}
	}
	if got := BehaviorOf(NetHTTP).For(1000); got != netHTTPPanics {
		t.Errorf("net/http with 1000: %q", got)
	}
}

func TestRoutes(t *testing.T) {
	for _, f := range frameworks {
		for name, r := range f.Routes {
			if r.Handlers < 0 && !r.Router && r.Func < 0 {
				t.Errorf("%s: %s registers nothing: %v", f.Runtime, name, r)
			}
		}
	}
}

func TestKeyOf(t *testing.T) {
	http := types.NewPackage("net/http", "http")
	sig := types.NewSignatureType(nil, nil, nil, nil, nil, false)
	if got := KeyOf(types.NewFunc(0, http, "Error", sig)); got != "net/http.Error" {
		t.Errorf("KeyOf(http.Error) = %q", got)
	}
	other := types.NewPackage("example.com/other", "other")
	if got := KeyOf(types.NewFunc(0, other, "Error", sig)); got != "" {
		t.Errorf("KeyOf(other.Error) = %q, want \"\": the tables name nothing there", got)
	}
}
