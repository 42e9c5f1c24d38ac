// Package funcs identifies and names the functions that statuslint's
// passes talk about: declared functions and methods, and function
// literals, which have no object of their own.
package funcs
