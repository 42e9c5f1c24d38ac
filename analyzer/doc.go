// Package analyzer defines statuslint, an analyzer that checks the HTTP
// status codes Go handlers send: codes outside 100–599, custom codes without
// a registered description, and custom codes on public routes without a
// standard fallback.
//
// Analyzer is ready to run with its configuration bound to flags; New
// builds one from a Config, as the golangci-lint plugin does.
//
// # Analyzer statuslint
//
// statuslint: check the HTTP status codes that handlers send
//
// statuslint reports status codes outside 100–599 (category range), custom
// codes that no //statuslint:code directive or configuration describes
// (description), custom codes that a public route can send while their
// registration names no standard fallback (fallback), and malformed or
// contradictory directives (directive). Along each handler's paths it
// reports a status set after the response was committed (superfluous), a
// redirect API given a code it does not redirect with (redirect), a body
// written under a status that allows none (bodyless), and a header changed
// after it was sent (header). A handler documented with swag @Success/@Failure
// lines, a go-swagger operation or a huma.Operation that can send a code its
// documentation does not list is reported too (undocumented).
//
// Register a custom code in any non-test Go file:
//
//	//statuslint:code 499 "Client Closed Request" fallback=400
//
// or in the doc comment of the constant that holds it:
//
//	//statuslint:code "Client Closed Request" fallback=400
//	const StatusClientClosedRequest = 499
//
// Custom codes in _test.go files need no registration. A code registered in
// configuration (-code) wins over a directive; a directive that registers it
// otherwise is reported (directive). Suggested fixes never change the code a
// handler sends: they register a well-known code, add fallback=<x00 of its
// class> to the package's own directive, or make a directive agree with the
// configuration.
package analyzer

import (
	_ "embed"

	"github.com/statuslint/statuslint/internal/analysisdoc"
)

//go:embed doc.go
var doc string

// analyzerDoc is the analyzer's Doc, the "Analyzer statuslint" section of
// the package doc: a one-line title, then details.
var analyzerDoc = analysisdoc.MustExtractDoc(doc, "statuslint")

// RepoURL is the project's home; its README has a section per category,
// which each diagnostic links to.
const RepoURL = "https://github.com/statuslint/statuslint"

// DocURL is the README.
const DocURL = RepoURL + "#readme"
