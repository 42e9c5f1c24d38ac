package knowledge

import "testing"

func TestDeclaresWriter(t *testing.T) {
	for _, p := range []string{"net/http", "github.com/gin-gonic/gin", "github.com/labstack/echo/v4", "github.com/labstack/echo/v5"} {
		if !DeclaresWriter(p) {
			t.Errorf("DeclaresWriter(%q) = false", p)
		}
	}
	if DeclaresWriter("fmt") {
		t.Error("fmt declares no writer: every package imports it, it must not make one relevant")
	}
}

func TestRedirectAccepts(t *testing.T) {
	for _, tc := range []struct {
		rt   Runtime
		code int64
		want bool
	}{
		{GinRedirect, 201, true}, {GinRedirect, 200, false}, {GinRedirect, 308, true}, {GinRedirect, 309, false},
		{EchoRedirect, 201, false}, {EchoRedirect, 300, true},
		{NetHTTPRedirect, 399, true}, {NetHTTPRedirect, 404, false},
		{FasthttpRedirect, 304, false}, {FasthttpRedirect, 307, true},
		{HertzRedirect, 300, false}, {HertzRedirect, 308, true},
	} {
		if got := RedirectAccepts(tc.rt, tc.code); got != tc.want {
			t.Errorf("RedirectAccepts(%s, %d) = %v", tc.rt, tc.code, got)
		}
		if RedirectRefusal(tc.rt) == "" {
			t.Errorf("%s: no refusal text", tc.rt)
		}
	}
}

func TestBodylessCode(t *testing.T) {
	if !BodylessCode(ModelNetHTTP, 204) || BodylessCode(ModelNetHTTP, 103) || !BodylessCode(ModelGin, 103) || BodylessCode(ModelEcho, 200) {
		t.Error("bodyless codes")
	}
}
