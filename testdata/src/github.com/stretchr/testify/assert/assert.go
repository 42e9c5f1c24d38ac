// Package assert is a stub of testify's assert: the assertions that
// expect a panic, with their real signatures.
package assert

// TestingT is the test that an assertion reports to.
type TestingT interface {
	Errorf(format string, args ...any)
}

// PanicTestFunc is the function that an assertion expects to panic.
type PanicTestFunc func()

// Panics asserts that f panics.
func Panics(t TestingT, f PanicTestFunc, msgAndArgs ...any) bool { return true }

// NotPanics asserts that f does not panic.
func NotPanics(t TestingT, f PanicTestFunc, msgAndArgs ...any) bool { return true }

// Assertions are the assertions bound to one test.
type Assertions struct{ t TestingT }

// New returns the assertions bound to t.
func New(t TestingT) *Assertions { return &Assertions{t} }

// PanicsWithValue asserts that f panics with value.
func (a *Assertions) PanicsWithValue(value any, f PanicTestFunc, msgAndArgs ...any) bool { return true }
