// Package analysisdoc extracts an analyzer's Doc from its package's doc.go,
// so that the package documentation and the analyzer's title and details
// have one source. It is a copy of golang.org/x/tools' internal
// analyzerutil's extractdoc.go, which other modules cannot import.
package analysisdoc
