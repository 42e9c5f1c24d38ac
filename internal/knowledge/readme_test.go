package knowledge

import (
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
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
// every call of the standard library that the lifecycle follows is named
// in the README, and the table of runtimes has a row per runtime whose
// lifecycle is followed, which names every call of it that is followed and
// says which status is sent, what becomes of late headers and under which
// codes no body is sent, as its lifecycle does.
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
	rows := lifecycleRows(t, readme)
	for _, l := range lifecycles {
		row, ok := rows[string(l.Runtime)]
		if !ok {
			t.Errorf("the README's table of runtimes has no row %q", l.Runtime)
			continue
		}
		for key := range l.Effects {
			name := key[strings.LastIndex(key, ".")+1:]
			if !strings.Contains(row[2], "`"+name) && !strings.Contains(row[2], "."+name) && !strings.Contains(row[2], "/"+name) {
				t.Errorf("README row %s does not name %s", l.Runtime, key)
			}
		}
		rules := l.Rules
		if len(l.Writers) == 0 {
			rules, l = models[l.Model].Rules, models[l.Model] // it writes through another model's writer
		}
		if want := map[bool]string{false: "first", true: "last"}[rules.LastWins]; !strings.HasPrefix(row[3], want) {
			t.Errorf("README row %s: status sent %q, the tables say %s", l.Runtime, row[3], want)
		}
		if want := map[bool]string{false: "dropped", true: "sent"}[rules.KeepsLateHeaders]; !strings.HasPrefix(row[4], want) {
			t.Errorf("README row %s: late headers %q, the tables say %s", l.Runtime, row[4], want)
		}
		if got := codeList(t, row[5]); !slices.Equal(got, l.Bodyless) {
			t.Errorf("README row %s: no body with %v, the tables say %v", l.Runtime, got, l.Bodyless)
		}
	}
	for name := range rows {
		if !slices.ContainsFunc(lifecycles, func(l *Lifecycle) bool { return string(l.Runtime) == name }) {
			t.Errorf("the README's table of runtimes has a row %q, the tables no lifecycle of it", name)
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

// lifecycleRows returns the cells of the README's table of runtimes by the
// runtime of their first cell.
func lifecycleRows(t *testing.T, readme string) map[string][]string {
	_, table, ok := strings.Cut(readme, "<!-- lifecycle runtimes:")
	if !ok {
		t.Fatal("the README has no table of runtimes")
	}
	_, table, _ = strings.Cut(table, "\n|")
	table, _, _ = strings.Cut("|"+table, "\n\n")
	rows := map[string][]string{}
	for line := range strings.Lines(table) {
		cells := strings.Split(strings.TrimSpace(line), " | ")
		if len(cells) != 6 || strings.HasPrefix(cells[0], "|---") || cells[0] == "| runtime" {
			continue
		}
		cells[0] = strings.TrimPrefix(cells[0], "| ")
		cells[5] = strings.TrimSuffix(cells[5], " |")
		rows[cells[0]] = cells
	}
	return rows
}

// codeList reads "100–103, 204, 304".
func codeList(t *testing.T, cell string) []int {
	var codes []int
	for part := range strings.SplitSeq(cell, ", ") {
		lo, hi, isRange := strings.Cut(part, "–")
		a, err := strconv.Atoi(lo)
		b := a
		if isRange {
			b, err = strconv.Atoi(hi)
		}
		if err != nil {
			t.Errorf("codes %q: %v", cell, err)
			return nil
		}
		for c := a; c <= b; c++ {
			codes = append(codes, c)
		}
	}
	return codes
}
