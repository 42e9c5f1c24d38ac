package knowledge

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestREADMEFrameworks checks what the README's frameworks table says is
// followed against the tables: a row per framework whose routes the tables
// list, and a routes cell that says "none" or "not followed" exactly when
// the tables list no route call of the framework.
func TestREADMEFrameworks(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(readme), "<!-- frameworks:")
	if !ok {
		t.Fatal("the README has no frameworks table")
	}
	i := strings.Index(table, "\n|")
	if i < 0 {
		t.Fatal("the README's frameworks marker has no table under it")
	}
	table = table[i:]
	table, _, _ = strings.Cut(table, "\n\n")
	rows := map[Runtime]string{} // the routes cell of each row
	names := []struct {
		prefix string
		rt     Runtime
	}{
		{"net/http", NetHTTP}, {"gin", Gin}, {"echo v4", EchoV4}, {"echo v5", EchoV5}, {"chi", Chi},
		{"gorilla", Gorilla}, {"httprouter", HTTPRouter}, {"fiber v2", FiberV2}, {"fiber v3", FiberV3},
		{"fasthttp", Fasthttp}, {"hertz", Hertz}, {"huma", Huma}, {"go-zero", GoZero}, {"kratos", Kratos},
		{"grpc-gateway", GRPCGateway},
	}
	for line := range strings.Lines(table) {
		cells := strings.Split(strings.TrimSpace(line), "|")
		if len(cells) != 6 || strings.HasPrefix(cells[1], "---") || strings.TrimSpace(cells[1]) == "framework" {
			continue
		}
		name := strings.TrimSpace(cells[1])
		found := false
		for _, n := range names {
			if strings.HasPrefix(name, n.prefix) {
				rows[n.rt], found = cells[4], true
				break
			}
		}
		if !found {
			t.Errorf("README row %q names no framework of the tables", name)
		}
	}
	for _, f := range frameworks {
		cell, ok := rows[f.Runtime]
		if !ok {
			if len(f.Routes) > 0 {
				t.Errorf("%s: the tables list its routes, the README's frameworks table has no row for it", f.Runtime)
			}
			continue
		}
		unfollowed := strings.Contains(cell, "not followed") || strings.TrimSpace(cell) == "none" || strings.HasPrefix(strings.TrimSpace(cell), "none ")
		switch {
		case unfollowed && len(f.Routes) > 0:
			t.Errorf("%s: the README says its routes are not followed (%q), the tables list %d route calls", f.Runtime, strings.TrimSpace(cell), len(f.Routes))
		case !unfollowed && len(f.Routes) == 0:
			t.Errorf("%s: the README lists routes (%q), the tables none", f.Runtime, strings.TrimSpace(cell))
		}
	}
}

// TestReadmeLifecycle ties the README's lifecycle section to the tables:
// every writer model has its rules, and every call of the standard
// library that the lifecycle follows is named in the README.
func TestReadmeLifecycle(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	for key := range effects {
		if strings.Contains(PackageOf(key), ".") {
			continue // a framework's: the README names the framework
		}
		name := key[strings.LastIndex(key, ".")+1:]
		if !strings.Contains(readme, name) {
			t.Errorf("README does not name %s", key)
		}
	}
	// The trailer rule, as the lifecycle pass applies it: per function
	// (never per package), by prefix and by announcement.
	if http.TrailerPrefix != TrailerPrefix {
		t.Errorf("TrailerPrefix is %q, net/http's %q", TrailerPrefix, http.TrailerPrefix)
	}
	_, header, _ := strings.Cut(readme, "\n### header\n")
	header, _, _ = strings.Cut(header, "\n### ")
	for _, want := range []string{"`http.TrailerPrefix`", "`" + TrailerHeader + "` header", "the\nfunction, or a helper of its package that it calls, announces", "not a constant"} {
		if !strings.Contains(header, want) {
			t.Errorf("README's header section does not state the trailer rule's %q", want)
		}
	}
	if strings.Contains(header, "package announces") || strings.Contains(header, "anywhere in the package") {
		t.Errorf("README's header section exempts trailers per package; the rule is per function")
	}
}
