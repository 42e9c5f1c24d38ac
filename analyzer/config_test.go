package analyzer_test

import (
	"flag"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzer"
)

func TestConfig(t *testing.T) {
	a, err := analyzer.New(analyzer.Config{
		Codes:          []analyzer.Code{{Code: 499, Description: "Client Closed Request", Fallback: 400}},
		InternalPaths:  []string{"/private/"},
		UnroutedPublic: true,
		Disable:        []string{"range"},
	})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, a, "config")
}

func TestBadConfig(t *testing.T) {
	for _, tc := range []struct {
		cfg  analyzer.Config
		want string
	}{
		{analyzer.Config{Codes: []analyzer.Code{{Code: 404, Description: "x"}}}, `codes: cannot register 404: it is the standard code "Not Found"`},
		{analyzer.Config{Codes: []analyzer.Code{{Code: 700, Description: "x"}}}, "codes: cannot register 700: status codes are 100–599"},
		{analyzer.Config{Codes: []analyzer.Code{{Code: 499}}}, "codes: 499 needs a description"},
		{analyzer.Config{Codes: []analyzer.Code{{Code: 499, Description: "x", Fallback: 503}}}, "not of the same class"},
		{analyzer.Config{Codes: []analyzer.Code{{Code: 499, Description: "x"}, {Code: 499, Description: "y"}}}, "codes: 499 is registered twice"},
		{analyzer.Config{InternalPaths: []string{"internal"}}, `internal-paths: "internal" must start and end with /`},
		{analyzer.Config{Disable: []string{"style"}}, `disable: unknown category "style" (known: range, description, fallback, directive, superfluous, redirect, bodyless, header)`},
	} {
		_, err := analyzer.New(tc.cfg)
		if err == nil || !strings.HasPrefix(err.Error(), "statuslint: bad configuration: ") || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%+v) = %v, want an error containing %q", tc.cfg, err, tc.want)
		}
	}
}

// TestFlags checks that flags fill the configuration and reject bad values
// as they are parsed.
func TestFlags(t *testing.T) {
	a, _ := analyzer.New(analyzer.Config{})
	fs := &a.Flags
	fs.Init("statuslint", flag.ContinueOnError)
	fs.SetOutput(new(strings.Builder))
	if err := fs.Parse([]string{"-code", `499 "Client Closed Request" fallback=400`, "-internal", "/ops/,/admin/", "-disable", "fallback"}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-code", `404 "x"`}, "standard code"},
		{[]string{"-code", `"no code"`}, "missing CODE"},
		{[]string{"-code", `499 "again"`}, "499 is registered twice"},
		{[]string{"-internal", "ops"}, "must start and end with /"},
		{[]string{"-disable", "everything"}, "unknown category"},
	} {
		if err := fs.Parse(tc.args); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("flags %q: error %v, want %q", tc.args, err, tc.want)
		}
	}
}
