package analyzer_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// checkFixEdits checks the edits of every fix offered on the packages
// fixes and seed as they are, before gofmt (which the golden comparison
// applies and which would hide a wrong indentation): registrations are
// inserted as whole lines at the indentation of their declaration, the
// fallback fix adds an option inside a //statuslint:code directive, and no
// edit touches a test file or the code a handler sends. A registration fix
// writes a description and never a fallback.
func checkFixEdits(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	got := map[string]string{} // fix title → the text of its edit, with what precedes it on the line
	for _, r := range results {
		if p := r.Pass.Pkg.Path(); p != "fixes" && p != "seed" {
			continue
		}
		fset := r.Pass.Fset
		for _, d := range r.Diagnostics {
			for _, f := range d.SuggestedFixes {
				for _, e := range f.TextEdits {
					tf := fset.File(e.Pos)
					if strings.HasSuffix(tf.Name(), "_test.go") {
						t.Errorf("fix %q edits test file %s", f.Message, tf.Name())
					}
					src, err := os.ReadFile(tf.Name())
					if err != nil {
						t.Fatal(err)
					}
					start := tf.Offset(tf.LineStart(tf.Line(e.Pos)))
					before := string(src[start:tf.Offset(e.Pos)])
					line, _, _ := strings.Cut(string(src[start:]), "\n")
					switch {
					case before == "" && e.End == e.Pos && bytes.HasSuffix(e.NewText, []byte("\n")):
						// A whole line inserted: a registration.
					case strings.HasPrefix(line, "//statuslint:code "):
						// An edit inside a directive.
					default:
						t.Errorf("fix %q edits %q, which is no directive: it may change what a handler sends", f.Message, line)
					}
					// A registration states a description only: the
					// fallback is the team's decision.
					if strings.HasPrefix(f.Message, "Register ") && bytes.Contains(e.NewText, []byte("fallback=")) {
						t.Errorf("fix %q writes a fallback: %q", f.Message, e.NewText)
					}
					got[f.Message] = before + "|" + string(e.NewText)
				}
			}
		}
	}
	for title, want := range map[string]string{
		// A constant declared on its own: the directive at the start of
		// the line, not indented by the width of "const ".
		`Register 499 as "Client Closed Request"`: "|//statuslint:code \"Client Closed Request\"\n",
		// A constant in a group: indented as the group's lines.
		`Register 440 as "Login Time-out"`:                       "|\t//statuslint:code \"Login Time-out\"\n",
		`Register 520 as "Web Server Returned an Unknown Error"`: "|//statuslint:code 520 \"Web Server Returned an Unknown Error\"\n",
		// The fallback fix: the option after the description, before a
		// trailing comment.
		"Add fallback=400 (Bad Request) to the registration of 460": `//statuslint:code 460 "Rate Limited"| fallback=400`,
		"Add fallback=400 (Bad Request) to the registration of 462": `//statuslint:code 462 "Slow Down"| fallback=400`,
		"Add fallback=400 (Bad Request) to the registration of 464": `//statuslint:code "Teapotish"| fallback=400`,
	} {
		if got[title] != want {
			t.Errorf("fix %q: edit %q, want %q", title, got[title], want)
		}
	}
	// 465 is registered in package codes, which fixes imports: no fix here.
	for title := range got {
		if strings.Contains(title, "465") {
			t.Errorf("fix %q offered for a registration in another package", title)
		}
	}
}
