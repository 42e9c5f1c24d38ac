package analyzer

import (
	"fmt"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"

	"github.com/statuslint/statuslint/passes/docs"
	"github.com/statuslint/statuslint/passes/lifecycle"
	"github.com/statuslint/statuslint/passes/registry"
	"github.com/statuslint/statuslint/passes/routes"
	"github.com/statuslint/statuslint/passes/sends"
	"github.com/statuslint/statuslint/passes/sites"
)

// Analyzer is statuslint with its configuration bound to command-line
// flags; cmd/statuslint runs it.
var Analyzer = newAnalyzer(&Config{})

// New returns a statuslint analyzer for cfg, or an error that says what is
// wrong with cfg.
func New(cfg Config) (*analysis.Analyzer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("statuslint: bad configuration: %v", err)
	}
	return newAnalyzer(&cfg), nil
}

func newAnalyzer(cfg *Config) *analysis.Analyzer {
	// Flags fill cfg before the first package runs; settings are then
	// derived once.
	settings := sync.OnceValue(cfg.settings)
	a := &analysis.Analyzer{
		Name:     "statuslint",
		Doc:      Doc,
		URL:      DocURL,
		Requires: []*analysis.Analyzer{inspect.Analyzer, registry.Analyzer, sites.Analyzer, sends.Analyzer, routes.Analyzer, lifecycle.Analyzer, docs.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { return run(pass, settings()) },
	}
	cfg.registerFlags(&a.Flags)
	return a
}
