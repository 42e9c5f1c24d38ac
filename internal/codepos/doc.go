// Package codepos names the positions of status codes in facts: a file by
// its package path and base name, so that a fact depends only on the code,
// and a code kept once, at its smallest position.
package codepos
