package inventory_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/inventory"
	"github.com/statuslint/statuslint/internal/testmod"
)

// TestGolden lists the routes of testdata/frameworks/inventory, a
// net/http ServeMux that mounts chi, gin and echo routers and a huma API
// built in other packages, against the real modules, and compares the
// JSON whole with inventory.golden.json; two runs must give the same
// bytes. The routers' middleware (chi's and echo's Use for every route,
// gin's Use for the routes and groups after it, a gin group's handlers)
// counts in their routes' codes, a handler that writes a body with no
// status set sends 200, and a route whose handler sends no code is
// listed. A second program serves a gin engine at its root, whose route
// registered as "version" is served as /version. The text and Markdown
// forms are checked on a few routes.
func TestGolden(t *testing.T) {
	dir, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "frameworks"))
	testmod.Download(t, dir)
	t.Setenv("GOPROXY", "off")
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
	// The two runs share one load: what may vary between them is the
	// order in which the analysis visits maps and schedules packages,
	// which each Build draws anew.
	pkgs, err := inventory.Load(dir, []string{"./inventory/..."})
	if err != nil {
		t.Fatal(err)
	}
	var runs [2]bytes.Buffer
	var inv *inventory.Inventory
	for i := range runs {
		inv, err = inventory.Build(pkgs, func(path string) bool { return strings.Contains(path+"/", "/internal/") })
		if err != nil {
			t.Fatal(err)
		}
		if err := inv.WriteJSON(&runs[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(runs[0].Bytes(), runs[1].Bytes()) {
		t.Errorf("two runs differ:\n%s\n%s", runs[0].String(), runs[1].String())
	}
	golden := filepath.Join(dir, "inventory", "inventory.golden.json")
	if os.Getenv("UPDATE_GOLDEN") != "" {
		if err := os.WriteFile(golden, runs[0].Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := runs[0].String(); got != string(want) {
		t.Errorf("-routes -json:\n%s\nwant:\n%s", got, want)
	}
	var text, md bytes.Buffer
	if err := inv.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	if err := inv.WriteMarkdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"GET /chi/users/{id}  statuslint.test/frameworks/inventory/chiapi.getUser  400, 401, 404, 499 Client Closed Request (fallback 400)",
		"GET /internal/echo/items/:id  statuslint.test/frameworks/inventory/echoapi.getItem  200, 404, 429  (internal)",
		"GET /gin/v1/ping  statuslint.test/frameworks/inventory/ginapi.ping  200",
		"GET /gin/about  statuslint.test/frameworks/inventory/ginapi.about  200",
		"GET /gin/void  statuslint.test/frameworks/inventory/ginapi.void  -",
		"GET /version  statuslint.test/frameworks/inventory/ginroot.version  200",
	} {
		if !strings.Contains(text.String(), line+"\n") {
			t.Errorf("text lacks %q:\n%s", line, text.String())
		}
	}
	if row := "| POST | `/gin/v1/items` | `statuslint.test/frameworks/inventory/ginapi.createItem` | public | 201, 400, 403 | 201, 400 |\n"; !strings.Contains(md.String(), row) {
		t.Errorf("markdown lacks %q:\n%s", row, md.String())
	}
}
