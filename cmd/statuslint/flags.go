package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/statuslint/statuslint/analyzer"
)

// options are the command's own flags; the analyzer's flags are recorded
// as given, to be passed on to the engine.
type options struct {
	json, fix, diff, standalone bool
	cached, verbose             bool
	test, version               bool
	context                     int
	// routes prints the route inventory instead of diagnostics, as text,
	// JSON (-json) or Markdown (-format=markdown).
	routes bool
	format string
	// standaloneOnly holds the singlechecker debugging flags that were
	// set (-debug, -cpuprofile, ...): they make sense in one process
	// only, so they imply -standalone.
	standaloneOnly []string
	// lint holds the analyzer's flags as -name=value arguments, in order.
	lint []string
}

// driverFlags returns the flags of the command that are not the
// analyzer's, bound to o.
func driverFlags(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
	fs.BoolVar(&o.json, "json", false, "emit JSON output (exit status 3 when it holds diagnostics)")
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes; print the diagnostics that remain (exit status 3 if any)")
	fs.BoolVar(&o.diff, "diff", false, "do not apply the fixes, print them as a unified diff (exit status 3 when there are diagnostics)")
	fs.IntVar(&o.context, "c", -1, "display offending line with this many lines of context")
	fs.BoolVar(&o.test, "test", true, "analyze test files too (-test=false implies -standalone: go vet always analyzes them)")
	fs.BoolVar(&o.version, "version", false, "print statuslint's version and exit")
	fs.BoolVar(&o.routes, "routes", false, "print every route, its exposure and the codes it can send, instead of diagnostics (implies -standalone)")
	fs.StringVar(&o.format, "format", "text", "the form of the -routes inventory: text, json (as -json) or markdown")
	fs.BoolVar(&o.standalone, "standalone", false, "analyze in this process, without the go command's cache (slower on repeated runs)")
	fs.BoolVar(&o.cached, "cached", false, "run go vet with its cache even when the cache is cold (by default a cold cache runs standalone and is filled in the background)")
	fs.BoolVar(&o.verbose, "v", false, "say which engine runs and why")
	for _, name := range []string{"debug", "cpuprofile", "memprofile", "trace"} {
		fs.Func(name, "singlechecker's -"+name+" (implies -standalone)", func(s string) error {
			o.standaloneOnly = append(o.standaloneOnly, "-"+name+"="+s)
			return nil
		})
	}
	return fs
}

// recorder records an analyzer flag's value as an argument for the engine.
type recorder struct {
	name   string
	isBool bool
	o      *options
}

func (r recorder) String() string     { return "" }
func (r recorder) IsBoolFlag() bool   { return r.isBool }
func (r recorder) Set(s string) error { r.o.lint = append(r.o.lint, "-"+r.name+"="+s); return nil }

// parseArgs parses the command line into options and package patterns. A
// bad analyzer flag is a bad configuration (analyzer.CheckFlags says what
// is wrong with it); any problem is returned as one line.
func parseArgs(args []string) (*options, []string, error) {
	o := &options{}
	fs := driverFlags(o)
	if err := analyzer.CheckFlags(args, fs); err != nil {
		return nil, nil, fmt.Errorf("bad configuration: %v", err)
	}
	analyzer.Analyzer.Flags.VisitAll(func(f *flag.Flag) {
		b, ok := f.Value.(interface{ IsBoolFlag() bool })
		fs.Var(recorder{f.Name, ok && b.IsBoolFlag(), o}, f.Name, f.Usage)
	})
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, nil, err
		}
		return nil, nil, fmt.Errorf("%v (statuslint -help lists the flags)", err)
	}
	if o.version {
		return o, nil, nil
	}
	if len(fs.Args()) == 0 {
		return nil, nil, errors.New("no packages given (statuslint -help lists the flags)")
	}
	if o.routes && (o.fix || o.diff) {
		return nil, nil, errors.New("-routes cannot be used with -fix or -diff")
	}
	if o.format != "text" && o.format != "json" && o.format != "markdown" {
		return nil, nil, fmt.Errorf("-format=%s: want text, json or markdown", o.format)
	}
	if o.format != "text" && !o.routes {
		return nil, nil, errors.New("-format is the form of the -routes inventory: use it with -routes")
	}
	if o.diff && o.json {
		return nil, nil, errors.New("-diff and -json cannot be used together")
	}
	if o.cached && o.standalone {
		return nil, nil, errors.New("-cached and -standalone cannot be used together")
	}
	if o.context >= 0 && (o.fix || o.diff) {
		return nil, nil, errors.New("-c cannot be used with -fix or -diff")
	}
	return o, fs.Args(), nil
}

// usage prints the help text.
func usage(w io.Writer) {
	o := &options{}
	fs := driverFlags(o)
	analyzer.Analyzer.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	paras := strings.Split(analyzer.Analyzer.Doc, "\n\n")
	fmt.Fprintf(w, "statuslint: %s\n\n", paras[0])
	fmt.Fprintf(w, "Usage: statuslint [flags] packages...\n")
	fmt.Fprintf(w, "       go vet -vettool=$(which statuslint) [flags] packages...\n\n")
	fmt.Fprintf(w, "Output: file:line:col: message (category), sorted by position; -json for the JSON tree.\n")
	fmt.Fprintf(w, "Exit status: 0 nothing to report, 3 findings remain, 1 errors.\n")
	fmt.Fprintf(w, "Repeated runs reuse the go command's cache (go vet); -standalone does not.\n\nFlags:\n")
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// badUnitConfiguration handles a bad configuration under go vet, which
// runs the tool once for each package with the same flags, and returns the
// exit status. It reports the problem once per go command run rather than
// once per package: each unit's .cfg file lies in a directory of its own
// under the go command's work directory ($WORK/b001/vet.cfg), which exists
// for that run only, and the first unit to create a marker file there
// prints the error and fails. The other units succeed without output (a
// dependency analyzed for facts only gets an empty facts file): they would
// only repeat the error, and the go command prints a line for each unit
// that fails. Their results are cached under the bad flags only.
func badUnitConfiguration(cfgFile string, err error) int {
	fail := func() int {
		fmt.Fprintf(os.Stderr, "statuslint: bad configuration: %v\n", err)
		return 1
	}
	var cfg struct {
		VetxOnly   bool
		VetxOutput string
	}
	data, rerr := os.ReadFile(cfgFile)
	if rerr != nil || json.Unmarshal(data, &cfg) != nil {
		return fail()
	}
	if cfg.VetxOnly {
		if cfg.VetxOutput != "" && os.WriteFile(cfg.VetxOutput, nil, 0o666) != nil {
			return fail()
		}
		return 0
	}
	work := filepath.Dir(filepath.Dir(cfgFile))
	f, ferr := os.OpenFile(filepath.Join(work, "statuslint-bad-configuration"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o666)
	if errors.Is(ferr, os.ErrExist) {
		return 0
	}
	if ferr == nil {
		_ = f.Close() // an empty marker: nothing to lose
	}
	return fail()
}

// version returns statuslint's version as the build recorded it: the
// module version for go install …@vX.Y.Z, "devel" for a build from a
// checkout, with the revision when the build stamped one, and the Go
// version it was built with.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "statuslint devel"
	}
	v := bi.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	settings := map[string]string{}
	for _, s := range bi.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" && v == "devel" {
		v += " " + rev[:min(12, len(rev))]
		if settings["vcs.modified"] == "true" {
			v += "+dirty"
		}
	}
	return fmt.Sprintf("statuslint %s (%s)", v, bi.GoVersion)
}
