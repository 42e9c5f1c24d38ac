package plugin

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzer"
)

// Name is the linter name under which golangci-lint knows statuslint, in
// .golangci.yml and in //nolint comments.
const Name = "statuslint"

func init() {
	register.Plugin(Name, New)
}

// jsonKeys returns the JSON names of the fields of struct type T: the keys
// New accepts, for error messages.
func jsonKeys[T any]() []string {
	t := reflect.TypeFor[T]()
	keys := make([]string, 0, t.NumField())
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			keys = append(keys, name)
		}
	}
	return keys
}

// New decodes golangci-lint's settings for statuslint into an
// [analyzer.Config] and checks them. Unknown keys and bad values are errors
// that name the key.
func New(settings any) (register.LinterPlugin, error) {
	cfg, err := register.DecodeSettings[analyzer.Config](settings)
	if err != nil {
		return nil, fmt.Errorf("%s: bad settings: %v (%s)", Name, err, knownKeys(settings))
	}
	// Check now, so a bad value stops golangci-lint before any package is
	// loaded, as a bad flag stops the command.
	if _, err := analyzer.New(cfg); err != nil {
		return nil, err
	}
	return &linter{cfg: cfg}, nil
}

// knownKeys says which keys the settings take, at the level where a bad
// key most likely is: the top level, unless every top-level key is known,
// then the entries of codes.
func knownKeys(settings any) string {
	top := jsonKeys[analyzer.Config]()
	if m, ok := settings.(map[string]any); ok && len(m) > 0 {
		allKnown := true
		for k := range m {
			allKnown = allKnown && slices.Contains(top, k)
		}
		if _, ok := m["codes"]; ok && allKnown {
			return "known keys: " + strings.Join(top, ", ") + "; in each of codes: " + strings.Join(jsonKeys[analyzer.Code](), ", ")
		}
	}
	return "known keys: " + strings.Join(top, ", ")
}

// linter is statuslint as a golangci-lint plugin.
type linter struct {
	cfg analyzer.Config
}

// BuildAnalyzers returns the statuslint analyzer configured by the
// settings, with related information in the message (see relatedInMessage).
func (l *linter) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	a, err := analyzer.New(l.cfg)
	if err != nil {
		return nil, err
	}
	return []*analysis.Analyzer{relatedInMessage(a)}, nil
}

// relatedInMessage returns a copy of a whose diagnostics carry their
// related information at the end of the message, as
// "(file:line:col: message)" with the file relative to the working
// directory, and not apart. golangci-lint turns each related position into
// an issue of its own: one in the diagnostic's file lands on its own line,
// which a //nolint:statuslint on the diagnostic's line does not cover, so a
// silenced finding still fails the run; one in another file lands on the
// diagnostic's line without its position, where --uniq-by-line (the
// default) drops it. In the message, the position is shown in every case
// and the nolint covers it. The command and go vet keep Related as it is.
func relatedInMessage(a *analysis.Analyzer) *analysis.Analyzer {
	folded := *a
	folded.Run = func(pass *analysis.Pass) (any, error) {
		wd, _ := os.Getwd() // "" on error: absolute file names
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			for _, r := range d.Related {
				posn := pass.Fset.Position(r.Pos)
				if rel, err := filepath.Rel(wd, posn.Filename); err == nil && wd != "" {
					posn.Filename = rel
				}
				d.Message += fmt.Sprintf(" (%s: %s)", posn, r.Message)
			}
			d.Related = nil
			pass.Report(d)
		}
		return a.Run(&p)
	}
	return &folded
}

// GetLoadMode asks for type information: statuslint resolves callees and
// constant values through types.
func (l *linter) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
