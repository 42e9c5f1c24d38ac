package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// Analyzer requires inspect and declares noFact, so that drivers treat it
// like any analyzer with facts, and reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:      "floor",
	Doc:       "no-op analyzer with a fact type: the cost floor of a facts-based analyzer",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	FactTypes: []analysis.Fact{new(noFact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

// noFact is declared and never exported.
type noFact struct{ Unused bool }

func (*noFact) AFact()         {}
func (*noFact) String() string { return "noFact" }

func main() { singlechecker.Main(Analyzer) }
