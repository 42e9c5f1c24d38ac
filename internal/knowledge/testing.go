package knowledge

// panicAssertions are the test assertions that expect the function they are
// given to panic (testify's assert and require, as functions and as methods
// of Assertions): a test that makes one writes an invalid code on purpose.
var panicAssertions = func() map[string]bool {
	m := map[string]bool{}
	for _, pkg := range []string{"github.com/stretchr/testify/assert", "github.com/stretchr/testify/require"} {
		for _, name := range []string{"Panics", "PanicsWithValue", "PanicsWithError"} {
			m[pkg+"."+name] = true
			m["(*"+pkg+".Assertions)."+name] = true
		}
	}
	return m
}()

// ExpectsPanic reports whether the function or method named by FullName is
// a test assertion that expects a panic.
func ExpectsPanic(fullName string) bool { return panicAssertions[fullName] }
