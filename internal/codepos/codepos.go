package codepos

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"path"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Where is the position of a code, its file named by the package path and
// the file's base name: "example.com/m/handlers/handlers.go:12:16".
type Where struct {
	File      string
	Line, Col int
}

// Of returns the position of pos relative to its package.
func Of(pass *analysis.Pass, pos token.Pos) Where { return In(pass.Fset, pass.Pkg, pos) }

// In returns the position of pos, in package pkg, relative to pkg.
func In(fset *token.FileSet, pkg *types.Package, pos token.Pos) Where {
	p := fset.Position(pos)
	return Where{File: pkg.Path() + "/" + path.Base(strings.ReplaceAll(p.Filename, "\\", "/")), Line: p.Line, Col: p.Column}
}

func (w Where) String() string { return fmt.Sprintf("%s:%d:%d", w.File, w.Line, w.Col) }

// Compare orders positions by file, line and column.
func (w Where) Compare(v Where) int {
	return cmp.Or(strings.Compare(w.File, v.File), cmp.Compare(w.Line, v.Line), cmp.Compare(w.Col, v.Col))
}

// Code is a code that a function or a route can send, at the smallest
// position that sends it.
type Code struct {
	Code  int64
	Where Where
}

// Compare orders codes by code, then position.
func (c Code) Compare(d Code) int {
	return cmp.Or(cmp.Compare(c.Code, d.Code), c.Where.Compare(d.Where))
}

// Add adds c to codes: once per code, at its smallest position.
func Add(codes []Code, c Code) []Code {
	for i, d := range codes {
		if d.Code == c.Code {
			if c.Where.Compare(d.Where) < 0 {
				codes[i].Where = c.Where
			}
			return codes
		}
	}
	return append(codes, c)
}
