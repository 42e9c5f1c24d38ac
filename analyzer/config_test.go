package analyzer_test

import (
	"flag"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/directive"
)

func TestConfig(t *testing.T) {
	t.Parallel()
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

// TestFlagsAfterRun checks that flags set after an analyzer has run take
// effect on its next run: the settings belong to the analyzer value and
// follow its flags, as TestConfig's configuration does. The first run is
// on a package that imports nothing, which loads in no time.
func TestFlagsAfterRun(t *testing.T) {
	t.Parallel()
	a := mustNew(analyzer.Config{})
	analysistest.Run(t, testdata, a, "registry/codes")
	for _, f := range [][2]string{
		{"code", `499 "Client Closed Request" fallback=400`},
		{"internal", "/private/"},
		{"unrouted-public", "true"},
		{"disable", "range"},
	} {
		if err := a.Flags.Set(f[0], f[1]); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.Run(t, testdata, a, "config")
}

func TestBadConfig(t *testing.T) {
	t.Parallel()
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
		{analyzer.Config{Disable: []string{"style"}}, `disable: unknown category "style" (known: range, description, fallback, directive, superfluous, redirect, bodyless, header, undocumented)`},
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
	t.Parallel()
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

// conflictCodes is the configuration of testdata/src/config/conflict.
var conflictCodes = []string{
	`460 "Rate Limited" fallback=429`,
	`461 "Gone Fishing"`,
	`462 "Same" fallback=400`,
	`463 "Client Closed" fallback=400`,
}

// TestConfigConflict checks the rule between configuration and
// directives: the configuration wins, and a directive of the package that
// registers a code otherwise is a directive diagnostic, whose fix makes it
// agree. The configuration is given as analyzer.Config (the golangci-lint
// plugin's path) and as -code flags (the command's and go vet's).
func TestConfigConflict(t *testing.T) {
	t.Parallel()
	var codes []analyzer.Code
	for _, s := range conflictCodes {
		reg, err := directive.ParseCode(s)
		if err != nil {
			t.Fatal(err)
		}
		codes = append(codes, reg)
	}
	// The fixture sets statuses one after another.
	fromConfig, err := analyzer.New(analyzer.Config{Codes: codes, Disable: []string{analyzer.CategorySuperfluous}})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testdata, fromConfig, "config/conflict")

	fromFlags, _ := analyzer.New(analyzer.Config{Disable: []string{analyzer.CategorySuperfluous}})
	for _, s := range conflictCodes {
		if err := fromFlags.Flags.Set("code", s); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.RunWithSuggestedFixes(t, testdata, fromFlags, "config/conflict")
}

// TestUnroutedAcrossPackages: with unrouted handlers counted as public, an
// exported handler is reported once, at the route of the package that
// registers it, and not at all when that route is internal.
func TestUnroutedAcrossPackages(t *testing.T) {
	t.Parallel()
	a, err := analyzer.New(analyzer.Config{UnroutedPublic: true})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, a, "unrouted/handlers", "unrouted/server")
}
