// Package directive parses statuslint's comment directives:
//
//	//statuslint:code [CODE] "DESCRIPTION" [fallback=STANDARD]
//	//statuslint:internal
//	//statuslint:public
//
// The same CODE "DESCRIPTION" [fallback=STANDARD] syntax is used by the
// -code flag. Registration is the one type of a registration, made by a
// directive or in configuration; AddOption and ReplaceArgs compute the
// edits that statuslint's fixes make to a directive.
package directive

import (
	"fmt"
	"go/ast"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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

// Registration is a custom code's registration, however it is made: by a
// //statuslint:code directive, or in configuration (the -code flag, the
// codes of golangci-lint's settings, analyzer.Config.Codes). It is the one
// type for it: the configuration decodes into it, the directive parser
// returns it, and the registry's facts carry it.
type Registration struct {
	// Code is the custom status code; 0 in a parsed directive that leaves
	// it to the constant it documents.
	Code int `json:"code"`
	// Description is what the code means, as a reason phrase.
	Description string `json:"description"`
	// Fallback is the standard code that clients which do not know Code
	// should take it for; 0 if none is declared.
	Fallback int `json:"fallback,omitempty"`
	// Where says where the registration is made: the import path of the
	// package whose directive makes it, or "configuration". It is not part
	// of the configuration.
	Where string `json:"-"`
}

// Configuration is the Where of a registration made in configuration.
const Configuration = "configuration"

// String returns the registration as a directive states it: the code, the
// quoted description and the fallback if any, as in
// 499 "Client Closed Request" fallback=400.
func (r Registration) String() string {
	return fmt.Sprintf("%d %s", r.Code, r.Value())
}

// Value returns the registration without its code: the quoted description
// and the fallback if any, as in "Client Closed Request" fallback=400.
func (r Registration) Value() string {
	s := strconv.Quote(r.Description)
	if r.Fallback != 0 {
		s += fmt.Sprintf(" fallback=%d", r.Fallback)
	}
	return s
}

// Same reports whether r and o register their code alike: the same
// description and the same fallback.
func (r Registration) Same(o Registration) bool {
	return r.Code == o.Code && r.Description == o.Description && r.Fallback == o.Fallback
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

// Spaced reports whether c is written like a directive with white space
// after the //, as in "// statuslint:code 474 ...": the Go convention
// (//go:build, //nolint) makes that an ordinary comment, which the user
// most likely meant as a directive. It returns the directive's name, one
// of the known ones.
func Spaced(c *ast.Comment) (name string, ok bool) {
	rest, ok := strings.CutPrefix(c.Text, "//")
	if !ok || rest == "" || !unicode.IsSpace(rune(rest[0])) {
		return "", false
	}
	rest, ok = strings.CutPrefix(strings.TrimLeft(rest, " \t"), Prefix[len("//"):])
	if !ok {
		return "", false
	}
	name, after := rest, ""
	if i := strings.IndexFunc(rest, unicode.IsSpace); i >= 0 {
		name, after = rest[:i], strings.TrimSpace(rest[i:])
	}
	switch name {
	case Code:
		// Arguments as a registration starts them: prose that begins with
		// the directive's name is no attempt at one.
		ok = after != "" && (after[0] == '"' || '0' <= after[0] && after[0] <= '9')
	case Internal, Public:
		ok = after == ""
	default:
		ok = false
	}
	if !ok {
		return "", false
	}
	return name, true
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
	r, _, err := parseArgs(s)
	return r, err
}

// ArgsEnd returns the offset in s, the arguments of a //statuslint:code
// directive, just after the last argument: before the spaces and the
// trailing comment that may follow. It returns -1 when s does not parse.
func ArgsEnd(s string) int {
	_, end, err := parseArgs(s)
	if err != nil {
		return -1
	}
	return end
}

// AddOption returns the edit that adds option, such as fallback=400, to s,
// the arguments of a //statuslint:code directive: insert text at offset at
// (after the last argument, before a trailing comment). at is -1 when s
// does not parse.
func AddOption(s, option string) (at int, text string) {
	at = ArgsEnd(s)
	if at < 0 {
		return -1, ""
	}
	return at, " " + option + spaceBefore(s[at:])
}

// ReplaceArgs returns the edit that makes s, the arguments of a
// //statuslint:code directive, say args instead, keeping a trailing
// comment: replace s[:end] with text. end is -1 when s does not parse.
func ReplaceArgs(s, args string) (end int, text string) {
	end = ArgsEnd(s)
	if end < 0 {
		return -1, ""
	}
	return end, args + spaceBefore(s[end:])
}

// spaceBefore returns the space that must separate inserted text from
// rest, the text that follows it.
func spaceBefore(rest string) string {
	if c, _ := utf8.DecodeRuneInString(rest); rest == "" || unicode.IsSpace(c) {
		return ""
	}
	return " "
}

// parseArgs parses s and returns, besides the registration, the offset in s
// after its last argument.
func parseArgs(s string) (r Registration, end int, err error) {
	i := 0 // the offset in s of what is left to parse
	skipSpace := func() {
		for i < len(s) {
			c, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(c) {
				return
			}
			i += size
		}
	}
	// word returns the text from i to the next space.
	word := func() string {
		n := strings.IndexFunc(s[i:], unicode.IsSpace)
		if n < 0 {
			n = len(s) - i
		}
		return s[i : i+n]
	}
	skipSpace()
	if i < len(s) && s[i] != '"' && s[i] != '`' {
		w := word()
		code, err := strconv.Atoi(w)
		if err != nil {
			return r, -1, fmt.Errorf("CODE %q is not a number", w)
		}
		r.Code = code
		i += len(w)
		skipSpace()
	}
	quoted, err := strconv.QuotedPrefix(s[i:])
	if err != nil {
		return r, -1, fmt.Errorf("missing quoted \"DESCRIPTION\"")
	}
	r.Description, _ = strconv.Unquote(quoted)
	if strings.TrimSpace(r.Description) == "" {
		return r, -1, fmt.Errorf("empty DESCRIPTION")
	}
	i += len(quoted)
	end = i
	for skipSpace(); i < len(s); skipSpace() {
		field := word()
		if strings.HasPrefix(field, "//") {
			break // a trailing comment
		}
		key, value, ok := strings.Cut(field, "=")
		if !ok || key != "fallback" {
			return r, -1, fmt.Errorf("unknown argument %q; the only option is fallback=STANDARD", field)
		}
		if r.Fallback != 0 {
			return r, -1, fmt.Errorf("fallback given twice")
		}
		fallback, err := strconv.Atoi(value)
		if err != nil || fallback == 0 {
			return r, -1, fmt.Errorf("fallback %q is not a status code", value)
		}
		r.Fallback = fallback
		i += len(field)
		end = i
	}
	return r, end, nil
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

// DocMarked reports whether doc holds a //statuslint:NAME marker.
func DocMarked(doc *ast.CommentGroup, name string) bool {
	if doc == nil {
		return false
	}
	for _, c := range doc.List {
		if n, _, ok := Split(c); ok && n == name {
			return true
		}
	}
	return false
}
