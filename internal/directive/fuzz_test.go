package directive_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/directive"
)

// seedArgs are arguments of //statuslint:code directives and -code flags,
// good and bad, for the fuzz target; the directives of the repository's
// test packages are added to them.
var seedArgs = []string{
	`499 "Client Closed Request" fallback=400`,
	`"Client Closed Request" fallback=400`,
	`460 "Rate Limited"`,
	"460 `Rate limited`",
	`499 "with \"quotes\""`,
	`499 "Client Closed Request" fallback=400 // nginx`,
	`520 "Web Server Returned an Unknown Error" fallback=500`,
	`  499   "x"   fallback=400  `,
	`499 "x"fallback=400`,
	"499\t\"tab\"\tfallback=400",
	`499 "é ünïcode" fallback=400`,
	`499`,
	`abc "x"`,
	`499 ""`,
	`499 "  "`,
	`499 "x" retry=400`,
	`499 "x" fallback=four`,
	`499 "x" fallback=0`,
	`499 "x" fallback=400 fallback=400`,
	`499 "unterminated`,
	"499 `unterminated",
	`-1 "negative"`,
	`+499 "plus"`,
	`99999999999999999999 "overflow"`,
	`499 "x" fallback=99999999999999999999`,
	`499 "\xff"`,
	`499 "x" fallback=`,
	`499 "x" =400`,
	`499 "x"// comment right after`,
	`499 "x" fallback=400// comment right after`,
	`//`,
	``,
}

// FuzzParseArgs checks the directive parser on any text: it never panics,
// and what it accepts it reads back the same from its own rendering and
// from the text cut at ArgsEnd, where the fallback fix inserts an option.
func FuzzParseArgs(f *testing.F) {
	for _, s := range seedArgs {
		f.Add(s)
	}
	for _, s := range repositoryDirectives(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := directive.ParseArgs(s)
		end := directive.ArgsEnd(s)
		if err != nil {
			if end != -1 {
				t.Errorf("ArgsEnd(%q) = %d for arguments that do not parse", s, end)
			}
			return
		}
		if strings.TrimSpace(r.Description) == "" {
			t.Errorf("ParseArgs(%q) accepted an empty description", s)
		}
		if end < 0 || end > len(s) {
			t.Fatalf("ArgsEnd(%q) = %d, out of range", s, end)
		}
		if cut, err := directive.ParseArgs(s[:end]); err != nil || cut != r {
			t.Errorf("ParseArgs(%q), cut at ArgsEnd, = %+v, %v; want %+v", s[:end], cut, err, r)
		}
		if r.Fallback == 0 {
			// The fallback fix.
			at, text := directive.AddOption(s, "fallback=400")
			fixed := s[:at] + text + s[at:]
			want := r
			want.Fallback = 400
			if got, err := directive.ParseArgs(fixed); err != nil || got != want {
				t.Errorf("fallback=400 added to %q: %q parses as %+v, %v", s, fixed, got, err)
			}
		}
		// The fix for a directive that disagrees with the configuration.
		cut, replacement := directive.ReplaceArgs(s, `461 "Gone Fishing" fallback=400`)
		rewritten := replacement + s[cut:]
		want := directive.Registration{Code: 461, Description: "Gone Fishing", Fallback: 400}
		if got, err := directive.ParseArgs(rewritten); err != nil || got != want {
			t.Errorf("%q rewritten: %q parses as %+v, %v", s, rewritten, got, err)
		}
		text := r.Value()
		if r.Code != 0 {
			text = r.String()
		}
		if back, err := directive.ParseArgs(text); err != nil || back != r {
			t.Errorf("ParseArgs(%q) = %+v, %v; want %+v, parsed from %q", text, back, err, r, s)
		}
		if reg, err := directive.ParseCode(s); err == nil {
			if checkErr := directive.Check(reg.Code, reg.Description, reg.Fallback); checkErr != nil || reg != r {
				t.Errorf("ParseCode(%q) = %+v accepted, but Check says %v", s, reg, checkErr)
			}
		}
	})
}

// repositoryDirectives returns the arguments of the //statuslint:code
// directives in the repository's test packages.
func repositoryDirectives(f *testing.F) []string {
	var args []string
	root := filepath.Join("..", "..", "testdata", "src")
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for line := range strings.Lines(string(src)) {
			if _, a, ok := strings.Cut(line, directive.Prefix+directive.Code+" "); ok {
				args = append(args, strings.TrimSpace(a))
			}
		}
		return nil
	})
	if err != nil || len(args) < 10 {
		f.Fatalf("directives of %s: %d, %v", root, len(args), err)
	}
	return args
}
