// Package testmod prepares the module cache for tests that run the go
// command with the module proxy off (GOPROXY=off): such a run finds only
// what is already in the module cache, so a test downloads, with the proxy
// on, the requirements of the module it runs on before it turns the proxy
// off. A fresh machine, whose module cache is empty, then passes as a
// machine that has run the tests before.
package testmod
