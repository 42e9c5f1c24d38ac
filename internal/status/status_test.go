package status_test

import (
	"net/http"
	"testing"

	"github.com/statuslint/statuslint/internal/status"
)

// TestStandardMatchesNetHTTP checks the table against the toolchain's
// net/http, so that a Go release that adds a code is noticed.
func TestStandardMatchesNetHTTP(t *testing.T) {
	for code := -1; code <= 1000; code++ {
		if got, want := status.Text(code), http.StatusText(code); got != want {
			t.Errorf("Text(%d) = %q, net/http says %q", code, got, want)
		}
	}
}

func TestUnofficialAreCustom(t *testing.T) {
	for code := status.Min; code <= status.Max; code++ {
		if status.Unofficial(code) != "" && !status.IsCustom(code) {
			t.Errorf("unofficial code %d is not custom", code)
		}
	}
}

func TestClasses(t *testing.T) {
	for _, tc := range []struct{ code, want int }{{499, 400}, {520, 500}, {218, 200}, {100, 100}} {
		if got := status.ClassDefault(tc.code); got != tc.want {
			t.Errorf("ClassDefault(%d) = %d, want %d", tc.code, got, tc.want)
		}
		if !status.IsStandard(status.ClassDefault(tc.code)) {
			t.Errorf("ClassDefault(%d) is not standard", tc.code)
		}
	}
	if status.InRange(99) || status.InRange(600) || !status.InRange(100) || !status.InRange(599) {
		t.Error("InRange bounds are wrong")
	}
}
