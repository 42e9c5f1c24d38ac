package directive_test

import (
	"go/ast"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/directive"
)

func TestParseArgs(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want directive.Registration
		err  string
	}{
		{in: `499 "Client Closed Request" fallback=400`, want: directive.Registration{Code: 499, Description: "Client Closed Request", Fallback: 400}},
		{in: `"Client Closed Request"`, want: directive.Registration{Code: 0, Description: "Client Closed Request", Fallback: 0}},
		{in: "460 `Rate limited`", want: directive.Registration{Code: 460, Description: "Rate limited", Fallback: 0}},
		{in: `499 "with \"quotes\""`, want: directive.Registration{Code: 499, Description: `with "quotes"`, Fallback: 0}},
		{in: `499 "Client Closed Request" fallback=400 // nginx`, want: directive.Registration{Code: 499, Description: "Client Closed Request", Fallback: 400}},
		{in: `499`, err: "missing quoted"},
		{in: `abc "x"`, err: "not a number"},
		{in: `499 ""`, err: "empty DESCRIPTION"},
		{in: `499 "x" retry=400`, err: "unknown argument"},
		{in: `499 "x" fallback=four`, err: "not a status code"},
		{in: `499 "x" fallback=400 fallback=400`, err: "given twice"},
		{in: `499 "unterminated`, err: "missing quoted"},
	} {
		got, err := directive.ParseArgs(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseArgs(%s) error = %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseArgs(%s) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		code, fallback int
		err            string
	}{
		{499, 400, ""},
		{499, 0, ""},
		{520, 503, ""},
		{700, 0, "status codes are 100–599"},
		{404, 0, "standard code"},
		{499, 503, "same class"},
		{499, 450, "not a standard code"},
	} {
		err := directive.Check(tc.code, "d", tc.fallback)
		if (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
			t.Errorf("Check(%d, fallback=%d) = %v, want %q", tc.code, tc.fallback, err, tc.err)
		}
	}
}

func TestSplit(t *testing.T) {
	for _, tc := range []struct{ text, name, args string }{
		{`//statuslint:code 499 "x"`, "code", `499 "x"`},
		{`//statuslint:internal`, "internal", ""},
	} {
		name, args, ok := directive.Split(&ast.Comment{Text: tc.text})
		if !ok || name != tc.name || args != tc.args {
			t.Errorf("Split(%s) = %q, %q, %v", tc.text, name, args, ok)
		}
	}
	if _, _, ok := directive.Split(&ast.Comment{Text: "// statuslint:code 499"}); ok {
		t.Error("a comment with a space after // is not a directive")
	}
}

func TestSpaced(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		ok         bool
	}{
		{`// statuslint:code 474 "Unknown"`, "code", true},
		{"//\tstatuslint:code \"Unknown\"", "code", true},
		{`// statuslint:internal`, "internal", true},
		{`//  statuslint:public`, "public", true},
		// Not flagged: directives, prose that names them, other words.
		{`//statuslint:code 474 "Unknown"`, "", false},
		{`// statuslint:code directives register custom codes`, "", false},
		{`// statuslint:internal marks a route as internal`, "", false},
		{`// statuslint:cod 474`, "", false},
		{`/* statuslint:code 474 "Unknown" */`, "", false},
	} {
		name, ok := directive.Spaced(&ast.Comment{Text: tc.text})
		if name != tc.name || ok != tc.ok {
			t.Errorf("Spaced(%s) = %q, %v; want %q, %v", tc.text, name, ok, tc.name, tc.ok)
		}
	}
}
