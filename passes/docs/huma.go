package docs

import "golang.org/x/tools/go/analysis"

// humaDocs reads the operations registered with huma.
func humaDocs(pass *analysis.Pass, res *Result) {}
