package analyzer_test

import (
	"encoding/json"
	"go/types"
	"maps"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/statuslint/statuslint/internal/knowledge"
	"github.com/statuslint/statuslint/internal/testmod"
	"github.com/statuslint/statuslint/passes/docs"
)

// TestHumaDrift ties statuslint's model of huma to the real module: the
// program testdata/frameworks/humadocs registers operations on a real huma
// API and prints the responses huma documents for each, and the status of
// each error constructor. docs.HumaDocumented must give the same responses
// for the same operations, and the knowledge table the same codes; every
// ErrorNNN/StatusNNN constructor of huma must be in the table.
func TestHumaDrift(t *testing.T) {
	t.Parallel()
	testmod.Download(t, realFrameworks)
	cmd := exec.Command("go", "run", "./humadocs")
	cmd.Dir = realFrameworks
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go run ./humadocs: %v\n%s", err, out)
	}
	var real struct {
		Operations   map[string][]string
		Constructors map[string]int
	}
	if err := json.Unmarshal(out, &real); err != nil {
		t.Fatal(err)
	}
	// The operations of humadocs/main.go, as statuslint reads them.
	ops := map[string]docs.HumaOperation{
		"get-body":             {Method: "GET", OutputBody: true},
		"delete-empty":         {Method: "DELETE"},
		"head-empty":           {Method: "HEAD"},
		"errors-param":         {Method: "GET", Errors: []int{400, 404}, InputParams: true, OutputBody: true},
		"errors-body-201":      {Method: "POST", DefaultStatus: 201, Errors: []int{409}, InputParams: true, OutputBody: true},
		"errors-noinput":       {Method: "DELETE", Errors: []int{404}},
		"responses":            {Method: "GET", Responses: []string{"404"}, OutputBody: true},
		"default-status-empty": {Method: "PUT", DefaultStatus: 202},
		"convenience-get":      {Method: "GET", InputParams: true, OutputBody: true},
	}
	if got := slices.Sorted(maps.Keys(real.Operations)); !slices.Equal(got, slices.Sorted(maps.Keys(ops))) {
		t.Fatalf("humadocs printed operations %v, the test models %v", got, slices.Sorted(maps.Keys(ops)))
	}
	for name, op := range ops {
		codes, dflt := docs.HumaDocumented(op)
		var keys []string
		for _, c := range codes {
			keys = append(keys, strconv.Itoa(c))
		}
		if dflt {
			keys = append(keys, "default")
		}
		slices.Sort(keys)
		if !slices.Equal(keys, real.Operations[name]) {
			t.Errorf("%s: statuslint reads responses %v, huma documents %v", name, keys, real.Operations[name])
		}
	}
	pkg := keyPackages(t)["github.com/danielgtaylor/huma/v2"]
	if pkg == nil {
		t.Fatal("huma not loaded")
	}
	constructor := regexp.MustCompile(`^(Error|Status)[1-5][0-9][0-9][A-Z]`)
	for _, name := range pkg.Scope().Names() {
		if _, isFunc := pkg.Scope().Lookup(name).(*types.Func); !isFunc || !constructor.MatchString(name) {
			continue
		}
		if _, ok := real.Constructors[name]; !ok {
			t.Errorf("huma.%s: humadocs does not call it, and the table may miss it", name)
		}
	}
	for name, status := range real.Constructors {
		code, _, ok := knowledge.LookupFixed("github.com/danielgtaylor/huma/v2." + name)
		if !ok || code != status {
			t.Errorf("huma.%s returns status %d, the table says %d (listed %v)", name, status, code, ok)
		}
	}
}
