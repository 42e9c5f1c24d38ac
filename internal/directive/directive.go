// Package directive parses statuslint's comment directives:
//
//	//statuslint:code [CODE] "DESCRIPTION" [fallback=STANDARD]
//	//statuslint:internal
//	//statuslint:public
//
// The same CODE "DESCRIPTION" [fallback=STANDARD] syntax is used by the
// -code flag.
package directive

import (
	"fmt"
	"go/ast"
	"strconv"
	"strings"
	"unicode"

	"github.com/statuslint/statuslint/internal/status"
)

// Prefix starts every statuslint directive.
const Prefix = "//statuslint:"

// The directive names.
const (
	Code     = "code"
	Internal = "internal"
	Public   = "public"
)

// CodeForm is the syntax of a code registration, quoted in error messages.
const CodeForm = `//statuslint:code CODE "DESCRIPTION" [fallback=STANDARD]`

// Registration is a parsed code registration.
type Registration struct {
	Code        int // 0 when the directive leaves it to the constant it documents
	Description string
	Fallback    int // 0 when none is declared
}

// Split reports whether c is a statuslint directive and, if so, returns its
// name and the text after the name.
func Split(c *ast.Comment) (name, args string, ok bool) {
	rest, ok := strings.CutPrefix(c.Text, Prefix)
	if !ok {
		return "", "", false
	}
	i := strings.IndexFunc(rest, unicode.IsSpace)
	if i < 0 {
		return rest, "", true
	}
	return rest[:i], strings.TrimSpace(rest[i:]), true
}

// ParseCode parses the arguments of a code registration where CODE is
// required, as in the -code flag.
func ParseCode(s string) (Registration, error) {
	r, err := ParseArgs(s)
	if err == nil && r.Code == 0 {
		err = fmt.Errorf("missing CODE in %q; want CODE \"DESCRIPTION\" [fallback=STANDARD]", s)
	}
	if err == nil {
		err = Check(r.Code, r.Description, r.Fallback)
	}
	return r, err
}

// ParseArgs parses the arguments of a //statuslint:code directive. It checks
// the syntax only; Check checks the values.
func ParseArgs(s string) (Registration, error) {
	var r Registration
	s = strings.TrimSpace(s)
	if s != "" && s[0] != '"' && s[0] != '`' {
		end := strings.IndexFunc(s, unicode.IsSpace)
		if end < 0 {
			end = len(s)
		}
		code, err := strconv.Atoi(s[:end])
		if err != nil {
			return r, fmt.Errorf("CODE %q is not a number", s[:end])
		}
		r.Code = code
		s = strings.TrimSpace(s[end:])
	}
	quoted, err := strconv.QuotedPrefix(s)
	if err != nil {
		return r, fmt.Errorf("missing quoted \"DESCRIPTION\"")
	}
	r.Description, _ = strconv.Unquote(quoted)
	if strings.TrimSpace(r.Description) == "" {
		return r, fmt.Errorf("empty DESCRIPTION")
	}
	for _, field := range strings.Fields(s[len(quoted):]) {
		if strings.HasPrefix(field, "//") {
			break // a trailing comment
		}
		key, value, ok := strings.Cut(field, "=")
		if !ok || key != "fallback" {
			return r, fmt.Errorf("unknown argument %q; the only option is fallback=STANDARD", field)
		}
		if r.Fallback != 0 {
			return r, fmt.Errorf("fallback given twice")
		}
		fallback, err := strconv.Atoi(value)
		if err != nil || fallback == 0 {
			return r, fmt.Errorf("fallback %q is not a status code", value)
		}
		r.Fallback = fallback
	}
	return r, nil
}

// Check reports whether code may be registered with description and
// fallback: code must be custom (in 100–599, not standard), and fallback,
// if not 0, a standard code of the same class.
func Check(code int, description string, fallback int) error {
	switch {
	case !status.InRange(code):
		return fmt.Errorf("cannot register %d: status codes are 100–599", code)
	case status.IsStandard(code):
		return fmt.Errorf("cannot register %d: it is the standard code %q", code, status.Text(code))
	case strings.TrimSpace(description) == "":
		return fmt.Errorf("%d needs a description", code)
	case fallback == 0:
		return nil
	case !status.IsStandard(fallback):
		return fmt.Errorf("fallback %d of %d is not a standard code; use %d, the standard code of its class, or another %dxx code", fallback, code, status.ClassDefault(code), code/100)
	case fallback/100 != code/100:
		return fmt.Errorf("fallback %d of %d is not of the same class; use a %dxx code such as %d", fallback, code, code/100, status.ClassDefault(code))
	}
	return nil
}
