package analyzer

import (
	"fmt"

	"golang.org/x/tools/go/analysis"
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
	a := &analysis.Analyzer{
		Name: "statuslint",
		Doc:  Doc,
		URL:  DocURL,
		Run:  func(pass *analysis.Pass) (any, error) { return run(pass, cfg) },
	}
	cfg.registerFlags(&a.Flags)
	return a
}
