package integration_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGopls builds gopls v0.23.0 with statuslint (tools/gopls/build.sh)
// and checks that gopls check prints statuslint's diagnostics with their
// ranges (line:col-endcol), and that gopls codeaction offers the
// registration fix as a quick fix.
func TestGopls(t *testing.T) {
	t.Parallel()
	needTools(t, "builds gopls with statuslint (about 4 minutes with cold caches)")
	dir, err := binDir()
	if err != nil {
		t.Fatal(err)
	}
	gopls := filepath.Join(dir, "gopls-statuslint")
	build := exec.Command(filepath.Join(root, "tools", "gopls", "build.sh"), gopls)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("tools/gopls/build.sh: %v\n%s", err, out)
	}

	fixture, err := filepath.Abs("testdata/vet")
	if err != nil {
		t.Fatal(err)
	}
	gp := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(gopls, args...)
		cmd.Dir = fixture
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("gopls %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return string(out)
	}

	out := gp("check", "other/other.go", "api/api.go")
	t.Logf("gopls check:\n%s", out)
	for _, want := range []string{
		"other/other.go:9:16-19: custom status code 499 passed to http.ResponseWriter.WriteHeader has no registered description",
		"other/other.go:10:16-19: status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599",
		"api/api.go:20:16-19: custom status code 520 passed to http.ResponseWriter.WriteHeader has no registered description",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("gopls check output lacks %q", want)
		}
	}
	// Not reported: 499 in api is registered in package codes, which api
	// imports; the fact reaches gopls's analysis of api.
	if strings.Contains(out, "api/api.go:15:") {
		t.Errorf("gopls reports the registered 499 in api:\n%s", out)
	}

	out = gp("codeaction", "-kind=quickfix", "other/other.go:9:16-9:19")
	if !strings.Contains(out, `Register 499 as \"Client Closed Request\"`) {
		t.Errorf("gopls codeaction offers no registration fix for 499:\n%s", out)
	}

	// In testdata/gcl (gopls runs statuslint with the default
	// configuration): the fallback fix adds fallback=400 to the directive
	// of 462; the test file's 520 stub gets no diagnostic and so no fix
	// that would write a registration into the test file.
	gcl, err := filepath.Abs("testdata/gcl")
	if err != nil {
		t.Fatal(err)
	}
	fixture = gcl
	// at returns the range of the code in the first call
	// w.WriteHeader(code) of file.
	at := func(file, code string) string {
		t.Helper()
		src, err := os.ReadFile(filepath.Join(gcl, file))
		if err != nil {
			t.Fatal(err)
		}
		call := "w.WriteHeader(" + code + ")"
		for i, line := range strings.Split(string(src), "\n") {
			if col := strings.Index(line, call); col >= 0 {
				col += len("w.WriteHeader(") + 1
				return fmt.Sprintf("%s:%d:%d-%d:%d", file, i+1, col, i+1, col+len(code))
			}
		}
		t.Fatalf("%s has no %q", file, call)
		return ""
	}
	out = gp("codeaction", "-kind=quickfix", at("svc/svc.go", "462"))
	if !strings.Contains(out, "Add fallback=400 (Bad Request) to the registration of 462") {
		t.Errorf("gopls codeaction offers no fallback fix for 462:\n%s", out)
	}
	if out := gp("check", "svc/svc_test.go"); strings.Contains(out, "svc_test.go") {
		t.Errorf("gopls check reports in the test file:\n%s", out)
	}
	if out := gp("codeaction", "-kind=quickfix", at("svc/svc_test.go", "520")); strings.Contains(out, "statuslint") || strings.Contains(out, "Register") {
		t.Errorf("gopls codeaction offers a fix in the test file:\n%s", out)
	}
}
