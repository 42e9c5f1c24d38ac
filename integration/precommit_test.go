package integration_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// needPreCommit returns the pre-commit command, or skips the test when it
// is not installed: .ci/run installs it; a test installs nothing.
func needPreCommit(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("pre-commit")
	if err != nil {
		t.Skip("pre-commit is not installed (.ci/run installs Debian's package)")
	}
	return path
}

// hookDefinition returns the entry of .pre-commit-hooks.yaml with the given
// id, as YAML lines.
func hookDefinition(t *testing.T, id string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hook []string
	in := false
	for line := range strings.Lines(string(data)) {
		line = strings.TrimRight(line, "\n")
		if strings.HasPrefix(line, "- ") {
			in = line == "- id: "+id
		}
		if in && strings.TrimSpace(line) != "" {
			hook = append(hook, line)
		}
	}
	if hook == nil {
		t.Fatalf(".pre-commit-hooks.yaml has no hook %q", id)
	}
	return hook
}

// TestPreCommit makes a scratch git repository whose .pre-commit-config.yaml
// holds the statuslint hook of .pre-commit-hooks.yaml as a local hook (the
// form that needs no network), and checks that the hook fails a commit
// that sends code 700 and passes the fixed commit.
func TestPreCommit(t *testing.T) {
	bin := buildStatuslint(t)
	testHook(t, "statuslint", nil, []string{"PATH=" + filepath.Dir(bin) + string(os.PathListSeparator) + os.Getenv("PATH")})
}

// TestPreCommitGolangciLint does the same with the hook that runs the
// custom golangci-lint (given the binary the tests built, through
// STATUSLINT_CUSTOM_GCL), configured by the scratch repository's
// .golangci.yml.
func TestPreCommitGolangciLint(t *testing.T) {
	gcl := buildCustomGCL(t)
	files := map[string]string{
		".golangci.yml": "version: \"2\"\nlinters:\n  default: none\n  enable: [statuslint]\n  settings:\n    custom:\n      statuslint:\n        type: module\n",
	}
	testHook(t, "statuslint-golangci-lint", files, []string{"STATUSLINT_CUSTOM_GCL=" + gcl, "GOLANGCI_LINT_CACHE=" + t.TempDir()})
}

// testHook runs the scenario of TestPreCommit for the hook id, with extra
// files in the repository and extra environment variables.
func testHook(t *testing.T, id string, files map[string]string, extraEnv []string) {
	skipShort(t, "runs git commits through pre-commit")
	preCommit := needPreCommit(t)
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}

	repo := t.TempDir()
	home := t.TempDir()
	gocache, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(),
		// A scratch HOME keeps the user's git and pre-commit settings
		// out; the build cache stays, so golang hooks build quickly.
		"GOCACHE="+strings.TrimSpace(string(gocache)),
		"HOME="+home,
		"PRE_COMMIT_HOME="+filepath.Join(home, "pre-commit"),
		"GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
	)
	env = append(env, extraEnv...)
	run := func(wantOK bool, name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = repo, env
		out, err := cmd.CombinedOutput()
		if (err == nil) != wantOK {
			t.Fatalf("%s %s: err = %v, want success %v\n%s", name, strings.Join(args, " "), err, wantOK, out)
		}
		return string(out)
	}
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(repo, name), []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}

	// The hook definition, indented under a local repo's hooks. A script
	// entry of a local hook is a path in the repository that uses it: make
	// it absolute, into this one.
	config := "repos:\n  - repo: local\n    hooks:\n"
	for _, line := range hookDefinition(t, id) {
		line = strings.Replace(line, "entry: scripts/", "entry: "+root+"/scripts/", 1)
		config += "      " + line + "\n"
	}
	write(".pre-commit-config.yaml", config)
	write("go.mod", "module example.com/hooked\n\ngo 1.26.0\n")
	for name, content := range files {
		write(name, content)
	}
	run(true, "git", "init", "-q", "-b", "main")
	run(true, "git", "add", ".")
	run(true, "git", "commit", "-q", "-m", "initial")
	run(true, preCommit, "install")

	const handler = `package hooked

import "net/http"

// Broken sends a status code outside 100–599.
func Broken(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(%s)
}
`
	write("hooked.go", strings.Replace(handler, "%s", "700", 1))
	run(true, "git", "add", "hooked.go")
	out := run(false, "git", "commit", "-m", "send 700")
	if !strings.Contains(out, "status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599") {
		t.Errorf("the failed commit's output does not show statuslint's diagnostic:\n%s", out)
	}
	t.Logf("commit with 700:\n%s", out)

	write("hooked.go", strings.Replace(handler, "%s", "http.StatusBadGateway", 1))
	run(true, "git", "add", "hooked.go")
	out = run(true, "git", "commit", "-m", "send 502")
	if !strings.Contains(out, "Passed") {
		t.Errorf("the commit's output does not show the hook passing:\n%s", out)
	}
}
