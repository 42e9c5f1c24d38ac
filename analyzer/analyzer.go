package analyzer

import (
	"fmt"
	"sync/atomic"

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
	// The settings belong to this analyzer value: derived from cfg now,
	// and again whenever one of its flags changes cfg.
	var settings atomic.Pointer[settings]
	settings.Store(cfg.settings())
	a := &analysis.Analyzer{
		Name:     "statuslint",
		Doc:      analyzerDoc,
		URL:      DocURL,
		Requires: []*analysis.Analyzer{inspect.Analyzer, registry.Analyzer, sites.Analyzer, sends.Analyzer, routes.Analyzer, lifecycle.Analyzer, docs.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { return run(pass, settings.Load()) },
	}
	cfg.registerFlags(&a.Flags, func() { settings.Store(cfg.settings()) })
	return a
}
