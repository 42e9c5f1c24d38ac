package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The exit statuses, the same in every mode.
const (
	exitClean    = 0
	exitError    = 1
	exitFindings = 3
)

// command runs statuslint on the command line args and returns the exit
// status.
func command(args []string) int {
	o, patterns, err := parseArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		usage(os.Stdout)
		return exitClean
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "statuslint: %v\n", err)
		return exitError
	}
	if o.version {
		fmt.Println(version())
		return exitClean
	}
	if o.routes {
		return routesMode(o, patterns)
	}
	e, err := newEngine(o, patterns)
	if err != nil {
		fmt.Fprintf(os.Stderr, "statuslint: %v\n", err)
		return exitError
	}
	if o.verbose {
		e.explain(os.Stderr)
	}
	defer e.warmUp()
	switch {
	case o.fix && !o.diff:
		return fixMode(e, o, patterns)
	case o.diff:
		return diffMode(e, patterns)
	default:
		res := e.analyze(patterns)
		res.printErrors(os.Stderr)
		if o.json {
			res.printJSON(os.Stdout)
		} else {
			res.printText(os.Stderr, o.context)
		}
		return res.status()
	}
}

// fixMode applies the fixes, then analyzes again and prints the
// diagnostics that remain: exit status 3 if there are any.
func fixMode(e *engine, o *options, patterns []string) int {
	fixed := e.fix(patterns, false)
	res := e.analyze(patterns)
	res.errors = union(fixed.errors, res.errors)
	res.printErrors(os.Stderr)
	if o.json {
		res.printJSON(os.Stdout)
	} else {
		res.printText(os.Stderr, -1)
	}
	if fixed.failed() {
		return exitError
	}
	return res.status()
}

// diffMode prints the fixes as a unified diff on standard output, and on
// standard error the diagnostics that have no fix: exit status 3 when
// there are diagnostics, since nothing is applied.
func diffMode(e *engine, patterns []string) int {
	res := e.analyze(patterns)
	res.printErrors(os.Stderr)
	if len(res.diags) > 0 {
		if slices.ContainsFunc(res.diags, func(d diagnostic) bool { return d.hasFix }) {
			diff := e.fix(patterns, true)
			if _, err := os.Stdout.Write(diff.stdout); err != nil {
				fmt.Fprintf(os.Stderr, "statuslint: %v\n", err)
				return exitError
			}
			// Errors that the analysis did not print (the fix run
			// repeats a package's errors).
			for _, line := range diff.errors {
				if !slices.Contains(res.errors, line) {
					fmt.Fprintln(os.Stderr, line)
				}
			}
			if diff.failed() && !e.vet {
				return exitError
			}
		}
		var unfixed result
		unfixed.diags = slices.DeleteFunc(slices.Clone(res.diags), func(d diagnostic) bool { return d.hasFix })
		unfixed.printText(os.Stderr, -1)
	}
	return res.status()
}

// union returns the lines of a, then those of b that a does not hold.
func union(a, b []string) []string {
	u := slices.Clone(a)
	for _, line := range b {
		if !slices.Contains(u, line) {
			u = append(u, line)
		}
	}
	return u
}

// An engine runs the analysis: go vet with statuslint as its vet tool, or
// statuslint's singlechecker in a child process (-standalone); choose
// says which.
type engine struct {
	choice
	exe      string
	args     []string // flags for every run
	dir      string
	lint     []string // the analyzer's flags
	patterns []string
}

func newEngine(o *options, patterns []string) (*engine, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("cannot find the statuslint executable: %v", err)
	}
	dir, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	e := &engine{choice: choose(o, exe, dir, patterns), exe: exe, dir: dir, lint: o.lint, patterns: patterns}
	if e.vet {
		e.args = vetArgs(exe, o.lint, nil, nil)
	} else {
		e.args = append(slices.Clone(o.lint), o.standaloneOnly...)
		if !o.test {
			e.args = append(e.args, "-test=false")
		}
	}
	return e, nil
}

// explain says which engine runs and why (-v).
func (e *engine) explain(w io.Writer) {
	name := "standalone"
	if e.vet {
		name = "go vet"
	}
	fmt.Fprintf(w, "statuslint: engine %s: %s\n", name, e.reason)
	if e.warm {
		fmt.Fprintf(w, "statuslint: after this run, go vet fills its cache in the background for the next run\n")
	}
}

// warmUp starts the background run that fills the go command's cache, if
// the engine was chosen because the cache was cold.
func (e *engine) warmUp() {
	if e.warm {
		// Only the next run's speed depends on it.
		_ = warmUp(e.exe, e.dir, e.lint, e.patterns, e.stamp)
	}
}

// run runs the engine with extra flags and the patterns.
func (e *engine) run(extra []string, patterns []string) (stdout, stderr []byte, code int) {
	args := append(append(slices.Clone(e.args), extra...), patterns...)
	var cmd *exec.Cmd
	if e.vet {
		cmd = exec.Command("go", args...)
	} else {
		cmd = exec.Command(e.exe, args...)
		cmd.Env = append(os.Environ(), childEnv+"=1")
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		fmt.Fprintf(&errb, "statuslint: %v\n", err)
		code = exitError
	}
	return out.Bytes(), errb.Bytes(), code
}

// analyze runs the analysis with JSON output and collects the result.
func (e *engine) analyze(patterns []string) *result {
	stdout, stderr, code := e.run([]string{"-json"}, patterns)
	if e.vet && code == 0 {
		touch(e.stamp)
	}
	res := &result{code: code}
	res.errors = e.errorLines(stderr)
	if err := res.addJSON(stdout); err != nil {
		res.errors = append(res.errors, "statuslint: "+err.Error())
		res.code = exitError
	}
	return res
}

// fix runs the engine with -fix (and -diff).
func (e *engine) fix(patterns []string, diff bool) *result {
	extra := []string{"-fix"}
	if diff {
		extra = append(extra, "-diff")
	}
	stdout, stderr, code := e.run(extra, patterns)
	return &result{code: code, stdout: stdout, errors: e.errorLines(stderr)}
}

// positionRE matches a line that starts with a file position.
var positionRE = regexp.MustCompile(`^([^\s:][^:]*\.go):\d+(:\d+)?: `)

// noPackagesRE matches the go command's warning for a pattern that
// matches no package.
var noPackagesRE = regexp.MustCompile(`^go: warning: "(.*)" matched no packages$`)

// errorLines returns the engine's error output as lines, the same for both
// engines: without go vet's "# package" headers, with the file names that
// the go command shortened made absolute again, each line once. A pattern
// that matches no package gets one line, as the standalone engine says it
// (go vet adds "no packages to vet"); an error without a position has no
// "-: " prefix (the standalone engine's), as go vet prints it.
func (e *engine) errorLines(stderr []byte) []string {
	var lines []string
	for line := range strings.Lines(string(stderr)) {
		line = strings.TrimRight(line, "\n")
		if m := noPackagesRE.FindStringSubmatch(line); m != nil {
			line = "statuslint: " + m[1] + " matched no packages"
		}
		line = strings.TrimPrefix(line, "-: ")
		if line == "" || e.vet && (strings.HasPrefix(line, "# ") || line == "no packages to vet") {
			continue
		}
		if m := positionRE.FindStringSubmatch(line); len(m) == 3 && !filepath.IsAbs(m[1]) {
			line = filepath.Join(e.dir, m[1]) + line[len(m[1]):]
		}
		if !slices.Contains(lines, line) {
			lines = append(lines, line)
		}
	}
	return lines
}

// A result is what one engine run found.
type result struct {
	code   int      // the engine's exit status
	stdout []byte   // the engine's output, for -diff
	errors []string // error lines
	// tree is the merged JSON tree: package ID -> analyzer -> diagnostics
	// or error, statuslint's entries only.
	tree  map[string]map[string]json.RawMessage
	diags []diagnostic
	// analysisErrors are the error entries of the tree.
	analysisErrors []string
}

// diagnostic is a diagnostic as the JSON tree gives it.
type diagnostic struct {
	Posn, End, Message, Category string
	Related                      []struct{ Posn, End, Message string }
	hasFix                       bool
}

// addJSON merges the JSON trees in data (go vet prints one per package)
// into r.
func (r *result) addJSON(data []byte) error {
	if r.tree == nil {
		r.tree = map[string]map[string]json.RawMessage{}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("cannot read the analysis output: %v", err)
		}
		for id, byAnalyzer := range tree {
			msg, ok := byAnalyzer["statuslint"]
			if !ok {
				continue // the standalone driver's entries for the internal passes
			}
			r.tree[id] = map[string]json.RawMessage{"statuslint": msg}
		}
	}
	// Diagnostics in package ID order, each package's in report order;
	// printText sorts them by position.
	ids := make([]string, 0, len(r.tree))
	for id := range r.tree {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	type key struct{ posn, end, message string }
	seen := map[key]bool{}
	for _, id := range ids {
		msg := r.tree[id]["statuslint"]
		if bytes.HasPrefix(bytes.TrimSpace(msg), []byte("{")) {
			var e struct {
				Error string `json:"error"`
			}
			if err := json.Unmarshal(msg, &e); err != nil {
				return err
			}
			r.analysisErrors = append(r.analysisErrors, fmt.Sprintf("statuslint: %s: %s", id, e.Error))
			if skipped(e.Error) {
				// The standalone driver's entry for a package that does
				// not type-check, whose errors are printed on stderr, as
				// go vet does.
				delete(r.tree, id)
			}
			continue
		}
		var diags []struct {
			diagnostic
			Fixes []json.RawMessage `json:"suggested_fixes"`
		}
		if err := json.Unmarshal(msg, &diags); err != nil {
			return err
		}
		for _, d := range diags {
			// The standalone driver reports a file of package p under p
			// and under its test variant.
			if k := (key{d.Posn, d.End, d.Message}); !seen[k] {
				seen[k] = true
				d.hasFix = len(d.Fixes) > 0
				r.diags = append(r.diags, d.diagnostic)
			}
		}
	}
	return nil
}

// failed reports whether the run had errors.
func (r *result) failed() bool {
	return r.code != 0 || len(r.analysisErrors) > 0
}

// status is the exit status for r.
func (r *result) status() int {
	switch {
	case r.failed():
		return exitError
	case len(r.diags) > 0:
		return exitFindings
	}
	return exitClean
}

// printErrors prints the errors. An analysis error that only says that a
// package with errors was skipped follows the error that says why, and
// is left out.
func (r *result) printErrors(w io.Writer) {
	for _, line := range r.errors {
		fmt.Fprintln(w, line)
	}
	for _, e := range r.analysisErrors {
		if len(r.errors) > 0 && skipped(e) {
			continue
		}
		fmt.Fprintln(w, e)
	}
}

// printJSON prints the merged tree as the standalone command prints its
// one tree.
func (r *result) printJSON(w io.Writer) {
	tree := r.tree
	if tree == nil {
		tree = map[string]map[string]json.RawMessage{}
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		fmt.Fprintf(os.Stderr, "statuslint: %v\n", err)
		return
	}
	fmt.Fprintf(w, "%s\n", data)
}

// printText prints the diagnostics sorted by file, line and column, as
// "file:line:col: message (category)" lines, each followed by its related
// information as "file:line:col: \tmessage" lines and, for context >= 0,
// by the offending lines. The category is the name that -disable takes.
func (r *result) printText(w io.Writer, context int) {
	diags := slices.Clone(r.diags)
	slices.SortStableFunc(diags, func(a, b diagnostic) int { return comparePosn(a.Posn, b.Posn) })
	for _, d := range diags {
		msg := d.Message
		if d.Category != "" {
			msg += " (" + d.Category + ")"
		}
		printPlain(w, d.Posn, d.End, msg, context)
		for _, rel := range d.Related {
			printPlain(w, rel.Posn, rel.End, "\t"+rel.Message, context)
		}
	}
}

// comparePosn orders "file:line:col" positions by file, then line and
// column as numbers.
func comparePosn(a, b string) int {
	fa, la, ca := splitPosn(a)
	fb, lb, cb := splitPosn(b)
	return cmp.Or(strings.Compare(fa, fb), cmp.Compare(la, lb), cmp.Compare(ca, cb))
}

// splitPosn splits "file:line:col"; what it cannot read sorts as the file
// name with line and column 0.
func splitPosn(s string) (file string, line, col int) {
	file, line, ok := parsePosn(s)
	if !ok {
		return s, 0, 0
	}
	col, _ = strconv.Atoi(s[strings.LastIndexByte(s, ':')+1:])
	return file, line, col
}

// printPlain prints one line as go/analysis's drivers do.
func printPlain(w io.Writer, posn, end, message string, context int) {
	fmt.Fprintf(w, "%s: %s\n", posn, message)
	if context < 0 {
		return
	}
	file, line, ok := parsePosn(posn)
	if !ok {
		return
	}
	endLine := line
	if _, l, ok := parsePosn(end); ok {
		endLine = l
	}
	data, _ := os.ReadFile(file)
	lines := strings.Split(string(data), "\n")
	for i := line - context; i <= endLine+context; i++ {
		if 1 <= i && i <= len(lines) {
			fmt.Fprintf(w, "%d\t%s\n", i, lines[i-1])
		}
	}
}

// parsePosn splits "file:line:col".
func parsePosn(s string) (file string, line int, ok bool) {
	colon2 := strings.LastIndexByte(s, ':')
	if colon2 < 0 {
		return "", 0, false
	}
	colon1 := strings.LastIndexByte(s[:colon2], ':')
	if colon1 < 0 {
		return "", 0, false
	}
	line, err := strconv.Atoi(s[colon1+1 : colon2])
	if err != nil {
		return "", 0, false
	}
	return s[:colon1], line, true
}

// skipped reports whether an analysis error only says that the analysis
// did not run because the package has errors.
func skipped(err string) bool {
	return strings.HasSuffix(err, "analysis skipped due to errors in package") || strings.Contains(err, "failed prerequisites: ")
}
