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

// TestRoutes checks that every route key resolves: its parameters are
// named, and the names a Route uses are among them (init panics
// otherwise); zero values mean none.
func TestRoutes(t *testing.T) {
	for _, f := range frameworks {
		for key := range f.Routes {
			name, ps := splitKey(key)
			shape, ok := LookupRoute(name)
			if !ok {
				t.Errorf("%s: not found as %s", key, name)
			}
			if shape.Handlers < 0 && !shape.Router && shape.Structs < 0 {
				t.Errorf("%s registers nothing: %+v", key, shape)
			}
			if got := Params(name); len(got) != len(ps) {
				t.Errorf("%s: params %v", key, got)
			}
		}
	}
	if s, _ := LookupRoute("(*net/http.ServeMux).Handle"); s.Path != 0 || s.Handlers != 1 || s.Func != -1 || s.Middleware != -1 || s.RouterArg != -1 || !s.Pattern {
		t.Errorf("ServeMux.Handle: %+v", s)
	}
	if s, _ := LookupRoute("(*github.com/labstack/echo/v4.Echo).POST"); s.Path != 0 || s.Handlers != 1 || s.Middleware != 2 {
		t.Errorf("echo POST: %+v", s)
	}
	if i, ok := LookupAdapter("net/http.StripPrefix"); !ok || i != 1 {
		t.Errorf("StripPrefix: %d %v", i, ok)
	}
	if i, ok := LookupPrefixOption("github.com/zeromicro/go-zero/rest.WithPrefix"); !ok || i != 0 {
		t.Errorf("WithPrefix: %d %v", i, ok)
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
