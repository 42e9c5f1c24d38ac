package plugin_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/directive"
	"github.com/statuslint/statuslint/internal/status"
	"github.com/statuslint/statuslint/plugin"
)

// seedSettings are golangci-lint settings for statuslint, as JSON (which
// golangci-lint's YAML turns into the same maps), good and bad.
var seedSettings = []string{
	`null`,
	`{}`,
	`{"codes":[{"code":499,"description":"Client Closed Request","fallback":400}],"internal-paths":["/internal/","/debug/","/admin/"],"unrouted-public":false,"disable":[]}`,
	`{"codes":[{"code":499,"description":"Client Closed Request"},{"code":460,"description":"Load Balancer Closed Connection","fallback":400}],"unrouted-public":true,"disable":["range"]}`,
	`{"codes":[{"code":499,"desc":"Client Closed Request"}]}`,
	`{"code":[]}`,
	`{"codes":[{"code":404,"description":"Not Found"}]}`,
	`{"codes":[{"code":499,"description":"x","fallback":500}]}`,
	`{"codes":[{"code":499,"description":"x"},{"code":499,"description":"y"}]}`,
	`{"codes":[{"code":499,"description":""}]}`,
	`{"codes":[{"code":"499","description":"x"}]}`,
	`{"codes":[{"code":4.99e2,"description":"x"}]}`,
	`{"codes":[{"code":1e30,"description":"x"}]}`,
	`{"codes":[{"code":499,"description":"x","where":"configuration"}]}`,
	`{"codes":{}}`,
	`{"internal-paths":["admin"]}`,
	`{"internal-paths":[""]}`,
	`{"internal-paths":null}`,
	`{"unrouted-public":"yes"}`,
	`{"disable":["ranges"]}`,
	`{"disable":["range","range"]}`,
	`["codes"]`,
	`"codes"`,
	`42`,
}

// FuzzSettings checks the configuration decoder on any settings: it never
// panics, and what it accepts is a configuration the analyzer takes, whose
// codes are custom codes with a description and a standard fallback of
// their class or none.
func FuzzSettings(f *testing.F) {
	for _, s := range seedSettings {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var settings any
		if json.Unmarshal(data, &settings) != nil {
			return
		}
		p, err := plugin.New(settings)
		if err != nil {
			return
		}
		if _, err := p.BuildAnalyzers(); err != nil {
			t.Errorf("New(%s) succeeded, BuildAnalyzers failed: %v", data, err)
		}
		cfg, err := register.DecodeSettings[analyzer.Config](settings)
		if err != nil {
			t.Fatalf("New(%s) succeeded, DecodeSettings failed: %v", data, err)
		}
		seen := map[int]bool{}
		for _, c := range cfg.Codes {
			if !status.IsCustom(c.Code) || directive.Check(c.Code, c.Description, c.Fallback) != nil || seen[c.Code] {
				t.Errorf("New(%s) accepted code %+v", data, c)
			}
			seen[c.Code] = true
		}
		for _, name := range cfg.Disable {
			if !slices.Contains(analyzer.Categories, name) {
				t.Errorf("New(%s) accepted category %q", data, name)
			}
		}
	})
}
