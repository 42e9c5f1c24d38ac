package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/inventory"
)

// routesMode prints the route inventory of the packages and returns the
// exit status: 0, or 1 when they do not load. It runs in this process
// (the go command's vet cache holds diagnostics and facts, not results).
func routesMode(o *options, patterns []string) int {
	internal := analyzer.DefaultInternalPaths
	for _, arg := range o.lint {
		if v, ok := strings.CutPrefix(arg, "-internal="); ok {
			internal = strings.Split(v, ",")
		}
	}
	pkgs, err := inventory.Load("", patterns)
	if err != nil {
		fmt.Fprintf(os.Stderr, "statuslint: %v\n", err)
		return exitError
	}
	inv, err := inventory.Build(pkgs, func(path string) bool { return analyzer.IsInternalPath(internal, path) })
	if err != nil {
		fmt.Fprintf(os.Stderr, "statuslint: %v\n", err)
		return exitError
	}
	switch {
	case o.json || o.format == "json":
		err = inv.WriteJSON(os.Stdout)
	case o.format == "markdown":
		err = inv.WriteMarkdown(os.Stdout)
	default:
		err = inv.WriteText(os.Stdout)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "statuslint: %v\n", err)
		return exitError
	}
	return exitClean
}
