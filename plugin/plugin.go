package plugin

import (
	"fmt"
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
// settings.
func (l *linter) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	a, err := analyzer.New(l.cfg)
	if err != nil {
		return nil, err
	}
	return []*analysis.Analyzer{a}, nil
}

// GetLoadMode asks for type information: statuslint resolves callees and
// constant values through types.
func (l *linter) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
