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

// TestLifecycles checks each runtime's lifecycle as a whole: a model is
// declared once, with its writers; the effects of a lifecycle without
// writers act on a declared model; every message a model's rules can lead
// to has its words.
func TestLifecycles(t *testing.T) {
	declared := map[Model]int{}
	for _, l := range lifecycles {
		if len(l.Writers) > 0 {
			declared[l.Model]++
		}
	}
	for _, l := range lifecycles {
		if declared[l.Model] != 1 {
			t.Errorf("model %q is declared by %d lifecycles with writers, want 1", l.Model, declared[l.Model])
			continue
		}
		if len(l.Writers) == 0 {
			if len(l.Effects) == 0 || l.Views != nil || l.Bodyless != nil || l.Redirect != nil || l.Says != (Says{}) || l.Rules != (Rules{}) {
				t.Errorf("a lifecycle on %s's writers only adds effects", l.Model)
			}
			continue
		}
		says := l.Says
		if says.BodylessWrite == "" || len(l.Bodyless) == 0 {
			t.Errorf("%s: no bodyless codes or words", l.Model)
		}
		if !l.Rules.LastWins && says.Superfluous == "" {
			t.Errorf("%s: the first status wins, and the superfluous message has no words for it", l.Model)
		}
		if l.Rules.LastWins != l.Rules.KeepsLateHeaders || l.Rules.LastWins && !l.Rules.Recorded {
			t.Errorf("%s: a runtime that buffers the response records its status, keeps the last one and sends late headers", l.Model)
		}
	}
	for name, es := range effects {
		for _, e := range es {
			if e.Render && e.Status < 0 {
				t.Errorf("%s: a render sets its own status", name)
			}
		}
	}
	for _, l := range lifecycles {
		for name, e := range l.Effects {
			if e.Render && len(l.Writers) > 0 && l.Says.BodylessRender == "" {
				t.Errorf("%s: %s renders, and the model has no words for a bodyless render", l.Model, name)
			}
		}
	}
}

func TestSay(t *testing.T) {
	if got := Say(ginLifecycle.Says.Superfluous, 400); got != "wrote the response with 400: gin keeps 400 and drops the new code" {
		t.Errorf("Say = %q", got)
	}
}
