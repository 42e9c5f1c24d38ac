// Package registry defines an Analyzer that collects statuslint's
// directives: code registrations, and the internal and public markers on
// routes and handlers.
//
// # Analyzer registry
//
// registry: collect //statuslint: directives
//
// The analyzer parses every //statuslint: comment of the package. Code
// registrations,
//
//	//statuslint:code 499 "Client Closed Request" fallback=400
//
// or, in the doc comment of a constant whose value is the code,
//
//	//statuslint:code "Client Closed Request" fallback=400
//	const StatusClientClosedRequest = 499
//
// hold in the package and in every package that imports it, directly or
// not: they travel as a package fact. The Result merges the package's own
// registrations with its dependencies', lists the package's own
// registering directives with their positions (for fixes that edit them,
// and for the root analyzer to compare with its configuration), and lists
// the directives that are malformed or contradictory for the root analyzer
// to report. A directive in a _test.go file registers nothing: custom codes
// in test files need no registration. The analyzer reports nothing itself.
package registry
