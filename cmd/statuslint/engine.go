package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
)

// The default run picks the engine that finishes first. go vet reads a
// repeated run's results back from the go command's cache in a fraction
// of a second, but its first run costs several times a standalone run: it
// compiles every dependency for its export data and starts the tool once
// per package. So the default runs go vet when the cache holds this
// command's results, and otherwise runs standalone and fills the cache in
// the background for the next run; not under CI (the CI environment
// variable set), where the next step would compete with it and the job
// would end it.
//
// Whether the cache holds them is known from a stamp, a file that a go vet
// run of the same binary on the same packages with the same flags wrote
// after it succeeded, and that is younger than the go command's cache
// trimming age; without a stamp, "go vet -n" tells what go vet would run
// and compile.

// warmEnv marks the background process that fills the go command's cache:
// its value is the stamp to write when go vet succeeds.
const warmEnv = "STATUSLINT_WARM_STAMP"

// stampAge is how long a stamp vouches for the cache: the go command trims
// cache entries unused for five days, and a run with a stamp uses them.
const stampAge = 5 * 24 * time.Hour

// warmAge is how long a background run's lock keeps another from starting.
const warmAge = time.Hour

// A choice is the engine that a run uses and why.
type choice struct {
	vet    bool
	reason string
	// stamp is the file to write after a successful go vet run, or to
	// have the background run write after a standalone run; "" when
	// there is nowhere to keep stamps.
	stamp string
	// warm says to fill the go command's cache in the background.
	warm bool
}

// choose picks the engine for the options and patterns.
func choose(o *options, exe, dir string, patterns []string) choice {
	switch {
	case o.standalone:
		return choice{reason: "-standalone"}
	case !o.test:
		return choice{reason: "-test=false (go vet always analyzes test files)"}
	case len(o.standaloneOnly) > 0:
		return choice{reason: strings.Join(o.standaloneOnly, " ") + " (one process only)"}
	}
	stamp := stampFile(exe, dir, o.lint, patterns)
	if o.cached {
		return choice{vet: true, reason: "-cached", stamp: stamp}
	}
	if stamp != "" {
		if fi, err := os.Stat(stamp); err == nil && time.Since(fi.ModTime()) < stampAge {
			return choice{vet: true, reason: "the go command's cache holds the results of an earlier run (" + stamp + ")", stamp: stamp}
		}
	}
	p, err := probe(exe, dir, o.lint, patterns)
	switch {
	case err != nil:
		return choice{reason: "go vet -n failed: " + err.Error()}
	case p.compiles == 0 && p.runs*10 <= p.units:
		return choice{vet: true, reason: fmt.Sprintf("go vet would analyze %d of %d packages and compile none", p.runs, p.units), stamp: stamp}
	}
	return choice{
		reason: fmt.Sprintf("go vet would analyze %d of %d packages and compile %d: its cache is cold", p.runs, p.units, p.compiles),
		stamp:  stamp,
		warm:   stamp != "" && os.Getenv("CI") == "",
	}
}

// vetArgs are the go command's arguments for a go vet run with exe as the
// tool: the analyzer's flags, extra, and the patterns.
func vetArgs(exe string, lint, extra, patterns []string) []string {
	args := append([]string{"vet", "-vettool=" + exe}, lint...)
	return append(append(args, extra...), patterns...)
}

// stampFile returns the stamp of a go vet run with the binary exe in dir
// on the patterns with the analyzer flags lint, or "" when the user has no
// cache directory. The binary is identified by its path, size and time,
// which change when it is rebuilt; the go command keys its results by the
// binary's content.
func stampFile(exe, dir string, lint, patterns []string) string {
	base, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return ""
	}
	h := sha256.New()
	for _, s := range []string{exe, fmt.Sprint(fi.Size(), fi.ModTime().UnixNano()), dir, os.Getenv("GOFLAGS"), os.Getenv("GOCACHE"), strings.Join(lint, "\x00"), strings.Join(patterns, "\x00")} {
		fmt.Fprintf(h, "%q\n", s)
	}
	return filepath.Join(base, "statuslint", "vet-"+hex.EncodeToString(h.Sum(nil))[:32])
}

// touch records that the go command's cache holds a run's results.
func touch(stamp string) {
	if stamp == "" {
		return
	}
	if err := os.MkdirAll(filepath.Dir(stamp), 0o755); err != nil {
		return
	}
	// A stamp is only a hint: a run without one asks go vet -n.
	_ = os.WriteFile(stamp, nil, 0o644)
}

// A probeResult is what go vet -n says it would do.
type probeResult struct {
	units    int // vet actions: the packages and their dependencies
	runs     int // tool runs, for the units whose results are not cached
	compiles int // compiler runs, for export data that is not cached
}

var (
	unitRE    = regexp.MustCompile(`(?m)^mkdir -p \$WORK/b\d+/$`)
	compileRE = regexp.MustCompile(`(?m)^\S*/compile(\.exe)? -o `)
)

// probe runs go vet -n as the vet engine would run go vet, and counts what
// it would do.
func probe(exe, dir string, lint, patterns []string) (probeResult, error) {
	cmd := exec.Command("go", vetArgs(exe, lint, []string{"-n", "-json"}, patterns)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		msg, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
		return probeResult{}, fmt.Errorf("%v: %s", err, msg)
	}
	// A tool run is a line that runs exe on a unit's configuration.
	runRE := regexp.MustCompile(`(?m)` + regexp.QuoteMeta(exe) + `'?( .*)? '?\$WORK/b\d+/vet\.cfg'?$`)
	return probeResult{
		units:    len(unitRE.FindAll(out, -1)),
		runs:     len(runRE.FindAll(out, -1)),
		compiles: len(compileRE.FindAll(out, -1)),
	}, nil
}

// warmUp starts, in the background, the go vet run that fills the go
// command's cache for the next run, unless one for the same stamp started
// less than warmAge ago. The process outlives this one; its output is
// discarded.
func warmUp(exe, dir string, lint, patterns []string, stamp string) error {
	if err := os.MkdirAll(filepath.Dir(stamp), 0o755); err != nil {
		return err
	}
	lock := stamp + ".warming"
	if fi, err := os.Stat(lock); err == nil && time.Since(fi.ModTime()) < warmAge {
		return nil
	}
	if err := os.WriteFile(lock, nil, 0o644); err != nil {
		return err
	}
	cmd := exec.Command(exe, vetArgs(exe, lint, []string{"-json"}, patterns)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), warmEnv+"="+stamp)
	if err := cmd.Start(); err != nil {
		os.Remove(lock)
		return err
	}
	return cmd.Process.Release()
}

// warm is the background process: it runs go vet with args, discarding
// its output, and writes the stamp when go vet succeeds.
func warm(stamp string, args []string) int {
	defer os.Remove(stamp + ".warming")
	cmd := exec.Command("go", args...)
	// The tool runs that go vet starts are not background runs.
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, warmEnv+"=") })
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		return exitError
	}
	touch(stamp)
	return exitClean
}
