package integration_test

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// TestCommandFix runs statuslint -fix on a copy of testdata/gcl, with the
// codes of its .golangci.yml as flags: the fixes applied change nothing a
// handler sends (520 gets a registration, the directive of 462 gets
// fallback=400, 499, registered by a flag, stays as it is), and the test
// file, whose 520 stub needs no registration, is not touched.
func TestCommandFix(t *testing.T) {
	bin := buildStatuslint(t)
	checkServiceFix(t, func(dir string) {
		cmd := exec.Command(bin, "-fix",
			`-code=499 "Client Closed Request"`, `-code=460 "Load Balancer Closed Connection" fallback=400`, "-internal=/admin/", "./...")
		cmd.Dir = dir
		out, _ := cmd.CombinedOutput() // the exit status is the command's tests' business
		t.Logf("statuslint -fix:\n%s", out)
	})
}

// TestVetTestFiles runs go vet -vettool=statuslint on testdata/gcl, whose
// test file stubs an upstream that sends 520 and registers a route: go vet
// analyses test files, and they get no diagnostic, while svc.go gets its
// own.
func TestVetTestFiles(t *testing.T) {
	bin := buildStatuslint(t)
	dir, err := filepath.Abs("testdata/gcl")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "vet", "-vettool="+bin, `-code=499 "Client Closed Request"`, "./...")
	cmd.Dir = dir
	out, _ := cmd.CombinedOutput() // go vet exits 1 for the findings in svc.go
	diags := parseDiags(dir, string(out))
	inSvc := 0
	for _, d := range diags {
		switch d.File {
		case "svc/svc.go":
			inSvc++
		default:
			t.Errorf("diagnostic outside svc.go: %s", d)
		}
	}
	if inSvc == 0 {
		t.Errorf("go vet reported nothing in svc.go:\n%s", out)
	}
}
