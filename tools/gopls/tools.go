//go:build tools

// Package tools pins the modules build.sh builds gopls from.
package tools

import (
	_ "github.com/statuslint/statuslint/analyzer"
	_ "golang.org/x/tools/gopls"
)
