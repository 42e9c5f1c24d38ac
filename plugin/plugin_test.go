package plugin_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/plugin"
)

// TestRegistered checks that importing the package registers the plugin
// under the name users write in .golangci.yml and //nolint comments.
func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("statuslint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatalf("New(nil): %v", err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q: statuslint needs type information", got, register.LoadModeTypesInfo)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(analyzers) != 1 || analyzers[0].Name != "statuslint" {
		t.Fatalf("BuildAnalyzers() = %v, want the one analyzer statuslint", analyzers)
	}
}

// TestSettings decodes settings shaped as golangci-lint hands them over
// from YAML: maps with string keys, lists as []any, integers as int.
func TestSettings(t *testing.T) {
	settings := map[string]any{
		"codes": []any{
			map[string]any{"code": 499, "description": "Client Closed Request", "fallback": 400},
			map[string]any{"code": 460, "description": "Load Balancer Closed Connection"},
		},
		"internal-paths":  []any{"/admin/", "/internal/"},
		"unrouted-public": true,
		"disable":         []any{"fallback"},
	}
	p, err := plugin.New(settings)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	// The flags are bound to the configuration the analyzer runs with.
	if got := analyzers[0].Flags.Lookup("unrouted-public").Value.String(); got != "true" {
		t.Errorf("unrouted-public flag = %s, want true from the settings", got)
	}
}

// TestEmptySettings: no settings block at all, or an empty one, is the
// default configuration.
func TestEmptySettings(t *testing.T) {
	for _, settings := range []any{nil, map[string]any{}} {
		if _, err := plugin.New(settings); err != nil {
			t.Errorf("New(%#v): %v", settings, err)
		}
	}
}

// TestBadSettings checks that each kind of mistake stops golangci-lint
// with a message that names the offending key or value.
func TestBadSettings(t *testing.T) {
	for _, test := range []struct {
		name     string
		settings any
		want     []string // substrings of the error
	}{
		{
			name:     "unknown key",
			settings: map[string]any{"code": []any{}},
			want:     []string{"statuslint: bad settings", `unknown field "code"`, "known keys: codes, internal-paths, unrouted-public, disable"},
		},
		{
			name:     "unknown key in a code",
			settings: map[string]any{"codes": []any{map[string]any{"code": 499, "desc": "Client Closed Request"}}},
			want:     []string{`unknown field "desc"`, "in each of codes: code, description, fallback"},
		},
		{
			name:     "wrong type",
			settings: map[string]any{"unrouted-public": "yes"},
			want:     []string{"statuslint: bad settings", "unrouted-public", "bool"},
		},
		{
			name:     "standard code registered",
			settings: map[string]any{"codes": []any{map[string]any{"code": 404, "description": "Not Found"}}},
			want:     []string{"statuslint: bad configuration", "codes", "404"},
		},
		{
			name:     "fallback of another class",
			settings: map[string]any{"codes": []any{map[string]any{"code": 499, "description": "Client Closed Request", "fallback": 500}}},
			want:     []string{"statuslint: bad configuration", "codes", "500"},
		},
		{
			name:     "unknown category",
			settings: map[string]any{"disable": []any{"ranges"}},
			want:     []string{"statuslint: bad configuration", `unknown category "ranges"`},
		},
		{
			name:     "internal path without slashes",
			settings: map[string]any{"internal-paths": []any{"admin"}},
			want:     []string{"statuslint: bad configuration", "internal-paths", `"admin"`},
		},
		{
			name:     "not a mapping",
			settings: []any{"codes"},
			want:     []string{"statuslint: bad settings", "cannot unmarshal array"},
		},
	} {
		t.Run(test.name, func(t *testing.T) {
			p, err := plugin.New(test.settings)
			if err == nil {
				t.Fatalf("New(%#v) = %v, want an error", test.settings, p)
			}
			for _, want := range test.want {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
		})
	}
}

// TestSettingsApplied runs the analyzer built from settings on a package
// where each setting changes the outcome.
func TestSettingsApplied(t *testing.T) {
	t.Parallel()
	p, err := plugin.New(map[string]any{
		"codes": []any{
			map[string]any{"code": 499, "description": "Client Closed Request"},
			map[string]any{"code": 460, "description": "Load Balancer Closed Connection", "fallback": 400},
		},
		"unrouted-public": true,
		// superfluous: the fixture sets statuses one after another.
		"disable": []any{"range", "superfluous"},
	})
	if err != nil {
		t.Fatal(err)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), analyzers[0], "settings")
}

// TestSettingsConflict runs the analyzer built from settings that register
// codes the package's directives register otherwise: the settings win, and
// each disagreeing directive is reported (see
// testdata/src/config/conflict, which analyzer's tests run with the same
// codes as flags).
func TestSettingsConflict(t *testing.T) {
	t.Parallel()
	p, err := plugin.New(map[string]any{
		"codes": []any{
			map[string]any{"code": 460, "description": "Rate Limited", "fallback": 429},
			map[string]any{"code": 461, "description": "Gone Fishing"},
			map[string]any{"code": 462, "description": "Same", "fallback": 400},
			map[string]any{"code": 463, "description": "Client Closed", "fallback": 400},
		},
		// The fixture sets statuses one after another.
		"disable": []any{"superfluous"},
	})
	if err != nil {
		t.Fatal(err)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	testdata, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, analyzers[0], "config/conflict")
}

// TestRelatedInMessage checks that the plugin's analyzer reports related
// information in the message and not apart, where golangci-lint would make
// an issue of it that //nolint on the finding's line does not cover.
func TestRelatedInMessage(t *testing.T) {
	t.Parallel()
	p, err := plugin.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range analysistest.Run(t, analysistest.TestData(), analyzers[0], "related") {
		for _, d := range r.Diagnostics {
			if len(d.Related) > 0 {
				t.Errorf("%s: related information apart from the message: %v", d.Message, d.Related)
			}
		}
	}
}
