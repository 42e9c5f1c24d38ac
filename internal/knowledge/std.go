package knowledge

import "strings"

// stdRoots are the first elements of the standard library's import paths
// (go list std), checked by TestStdRoots.
var stdRoots = map[string]bool{
	"archive": true, "bufio": true, "bytes": true, "cmp": true, "compress": true, "container": true,
	"context": true, "crypto": true, "database": true, "debug": true, "embed": true, "encoding": true,
	"errors": true, "expvar": true, "flag": true, "fmt": true, "go": true, "hash": true, "html": true,
	"image": true, "index": true, "internal": true, "io": true, "iter": true, "log": true, "maps": true,
	"math": true, "mime": true, "net": true, "os": true, "path": true, "plugin": true, "reflect": true,
	"regexp": true, "runtime": true, "slices": true, "sort": true, "strconv": true, "strings": true,
	"structs": true, "sync": true, "syscall": true, "testing": true, "text": true, "time": true,
	"unicode": true, "unique": true, "unsafe": true, "vendor": true, "weak": true,
}

// IsStd reports whether the package with the given import path belongs to
// the standard library. It decides by the path alone, as every driver
// gives it: the module information that drivers pass differs (the
// standalone checker gives every package one, go vet none to the standard
// library and to code outside modules). A standard package that a later
// Go adds under a new root is taken for user code: analyzed, never
// skipped.
func IsStd(pkgPath string) bool {
	root, _, _ := strings.Cut(pkgPath, "/")
	return stdRoots[root]
}
