package analyzer

import (
	"flag"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/internal/directive"
)

// Categories lists the diagnostic categories, in the order the README
// documents them.
var Categories = []string{CategoryRange, CategoryDescription, CategoryFallback, CategoryDirective,
	CategorySuperfluous, CategoryRedirect, CategoryBodyless, CategoryHeader, CategoryUndocumented}

// The diagnostic categories; users filter on these strings.
const (
	CategoryRange       = "range"
	CategoryDescription = "description"
	CategoryFallback    = "fallback"
	CategoryDirective   = "directive"
)

// DefaultInternalPaths are the path fragments that mark a route internal
// when the configuration names none.
var DefaultInternalPaths = []string{"/internal/", "/debug/"}

// Config is statuslint's configuration. The command-line flags and the
// golangci-lint settings both decode into it.
type Config struct {
	// Codes registers custom codes, as //statuslint:code directives do.
	Codes []Code `json:"codes"`
	// InternalPaths lists path fragments that make a route internal: a
	// route is internal when its path, with a trailing slash, contains one.
	// Each starts and ends with "/". Nil means DefaultInternalPaths.
	InternalPaths []string `json:"internal-paths"`
	// UnroutedPublic makes handlers that no route statuslint can see
	// registers count as public.
	UnroutedPublic bool `json:"unrouted-public"`
	// Disable lists categories not to report.
	Disable []string `json:"disable"`
}

// Code is a custom status code registered in configuration: Code,
// Description and Fallback (the standard code that clients which do not
// know Code should take it for; 0 if none is declared). It is the type that
// //statuslint:code directives parse into, too.
type Code = directive.Registration

// Validate reports the first problem with c, if any.
func (c *Config) Validate() error {
	seen := map[int]bool{}
	for _, code := range c.Codes {
		if err := directive.Check(code.Code, code.Description, code.Fallback); err != nil {
			return fmt.Errorf("codes: %v", err)
		}
		if seen[code.Code] {
			return fmt.Errorf("codes: %d is registered twice", code.Code)
		}
		seen[code.Code] = true
	}
	for _, p := range c.InternalPaths {
		if !strings.HasPrefix(p, "/") || !strings.HasSuffix(p, "/") {
			return fmt.Errorf("internal-paths: %q must start and end with /, as in %q", p, "/internal/")
		}
	}
	for _, name := range c.Disable {
		if !slices.Contains(Categories, name) {
			return fmt.Errorf("disable: unknown category %q (known: %s)", name, strings.Join(Categories, ", "))
		}
	}
	return nil
}

func (c *Config) internalPaths() []string {
	if c.InternalPaths == nil {
		return DefaultInternalPaths
	}
	return c.InternalPaths
}

// registerFlags binds c to fs. Each flag checks the configuration it
// makes as it is set, so a bad flag stops the command before any package
// is loaded, and a rejected value leaves c as it was; changed is called
// after each accepted value.
func (c *Config) registerFlags(fs *flag.FlagSet, changed func()) {
	update := func(change func(next *Config) error) error {
		next := *c
		next.Codes = slices.Clone(c.Codes)
		if err := change(&next); err != nil {
			return err
		}
		if err := next.Validate(); err != nil {
			return err
		}
		*c = next
		changed()
		return nil
	}
	fs.Func("code", "register a custom code: 'CODE \"DESCRIPTION\" [fallback=STANDARD]', as the //statuslint:code directive (repeatable)",
		func(s string) error {
			return update(func(next *Config) error {
				reg, err := directive.ParseCode(s)
				next.Codes = append(next.Codes, reg)
				return err
			})
		})
	fs.Func("internal", "comma-separated path fragments that make a route internal (default "+strings.Join(DefaultInternalPaths, ",")+")",
		func(s string) error {
			return update(func(next *Config) error { next.InternalPaths = splitList(s); return nil })
		})
	fs.Var(&boolFlag{&c.UnroutedPublic, changed}, "unrouted-public", "count handlers that no visible route registers as public")
	fs.Func("disable", "comma-separated categories not to report ("+strings.Join(Categories, ", ")+")",
		func(s string) error {
			return update(func(next *Config) error { next.Disable = splitList(s); return nil })
		})
}

// boolFlag is a boolean flag whose error says what it wants, where the
// flag package's says "parse error".
type boolFlag struct {
	v       *bool
	changed func()
}

func (b *boolFlag) String() string {
	if b == nil || b.v == nil {
		return "false"
	}
	return strconv.FormatBool(*b.v)
}

func (b *boolFlag) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want true or false (the flag alone means true)")
	}
	*b.v = v
	b.changed()
	return nil
}

func (*boolFlag) IsBoolFlag() bool { return true }

func splitList(s string) []string {
	list := []string{}
	for f := range strings.SplitSeq(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			list = append(list, f)
		}
	}
	return list
}

// CheckFlags checks the statuslint flags among the command-line arguments
// args, so that a command can stop on a bad configuration with its own
// exit status before the driver parses the flags. driver holds the
// command's other flags, so that the scan knows which of them take a
// value (-c 1); it stops, as flag.Parse does, at "--", at the first
// argument that is not a flag, and at a flag that neither knows (the
// driver's parser reports that one).
func CheckFlags(args []string, driver *flag.FlagSet) error {
	fs := &newAnalyzer(&Config{}).Flags
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" || arg == "-" || !strings.HasPrefix(arg, "-") {
			return nil
		}
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-"), "=")
		f := fs.Lookup(name)
		if f == nil && driver != nil {
			f = driver.Lookup(name)
			if f == nil {
				return nil
			}
			if !hasValue && !isBoolFlag(f) {
				i++ // the driver flag's value
			}
			continue
		}
		if f == nil {
			return nil
		}
		switch {
		case hasValue:
		case isBoolFlag(f):
			value = "true"
		case i+1 < len(args):
			i++
			value = args[i]
		default:
			return fmt.Errorf("-%s needs a value", name)
		}
		if err := fs.Set(name, value); err != nil {
			return fmt.Errorf("-%s %s: %v", name, value, err)
		}
	}
	return nil
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}
