// Package source answers the questions that statuslint's passes ask of a
// package's syntax: which file holds a position, whether it is a test
// file, and what integer constant an expression is.
package source
