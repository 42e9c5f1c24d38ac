package integration_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// needPreCommit returns the pre-commit command, or skips the test when it
// is not installed (.ci/run installs Debian's package).
func needPreCommit(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("pre-commit")
	if err != nil {
		t.Skip("pre-commit is not installed (Debian: apt-get install pre-commit)")
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

// TestPreCommit installs the statuslint hook the way a user does, from a
// hook repository (a scratch git repository of this one's files, so that
// no network is needed), into a repository that holds two modules, neither
// at its root. A commit is linted in the modules that hold its files: a
// finding in one module fails a commit of that module only. Installing
// and running the hook builds statuslint and no other command of this
// module (not bench's floor).
func TestPreCommit(t *testing.T) {
	needTools(t, "builds statuslint in a scratch hook repository and runs git commits through pre-commit")
	t.Parallel()
	preCommit := needPreCommit(t)
	hooks := hookRepository(t)

	h := newHookRepo(t, nil)
	h.write(".pre-commit-config.yaml", "repos:\n  - repo: "+hooks.dir+"\n    rev: "+hooks.rev+"\n    hooks:\n      - id: statuslint\n")
	h.write("svc/go.mod", "module example.com/svc\n\ngo 1.26.0\n")
	h.write("tools/go.mod", "module example.com/tools\n\ngo 1.26.0\n")
	h.write("svc/svc.go", handler("svc", "http.StatusOK"))
	h.write("tools/tools.go", handler("tools", "700")) // a finding, committed before the hook
	h.run(true, "git", "add", ".")
	h.run(true, "git", "commit", "-q", "-m", "initial")
	h.run(true, preCommit, "install")

	const svcFinding, toolsFinding = "svc/svc.go:7:16: status code 700", "tools/tools.go:7:16: status code 700"
	h.write("svc/svc.go", handler("svc", "700"))
	h.run(true, "git", "add", "svc/svc.go")
	out := h.run(false, "git", "commit", "-m", "svc sends 700")
	if !strings.Contains(out, svcFinding) || strings.Contains(out, toolsFinding) {
		t.Errorf("a commit of svc: want svc's finding and not tools' (tools holds no file of the commit):\n%s", out)
	}
	h.write("svc/svc.go", handler("svc", "http.StatusBadGateway"))
	h.run(true, "git", "add", "svc/svc.go")
	if out := h.run(true, "git", "commit", "-m", "svc sends 502"); !strings.Contains(out, "Passed") {
		t.Errorf("a fixed commit of svc: the hook does not pass:\n%s", out)
	}
	h.write("svc/svc.go", handler("svc", "http.StatusBadRequest"))
	h.write("tools/tools.go", handler("tools", "http.StatusTeapot")+"\n// 700 was sent here.\n")
	h.write("tools/more.go", strings.Replace(handler("tools", "799"), "func H(", "func More(", 1))
	h.run(true, "git", "add", ".")
	out = h.run(false, "git", "commit", "-m", "both modules")
	if !strings.Contains(out, "tools/more.go:") || strings.Contains(out, "svc/svc.go:") {
		t.Errorf("a commit of both modules: want the finding of tools and none of svc:\n%s", out)
	}

	// What installing and running the hook made: statuslint in the hook
	// repository's clone, and no other executable that is not a file of
	// the hook repository.
	var built []string
	err := filepath.WalkDir(h.preCommitHome, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(h.preCommitHome, path)
		_, inClone, _ := strings.Cut(filepath.ToSlash(rel), "/") // below pre-commit's repoXXX directory
		if _, err := os.Stat(filepath.Join(hooks.dir, inClone)); err == nil || strings.HasPrefix(inClone, ".git/") {
			return nil
		}
		if info, err := d.Info(); err == nil && info.Mode()&0o111 != 0 {
			built = append(built, filepath.Base(path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(built) != 1 || built[0] != "statuslint" {
		t.Errorf("installing and running the hook built %q; want statuslint only", built)
	}
}

// handler returns a Go file of package pkg whose handler sends code.
func handler(pkg, code string) string {
	return "package " + pkg + "\n\nimport \"net/http\"\n\n// H sends " + code + ".\nfunc H(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(" + code + ")\n}\n"
}

// hookRepository makes a git repository of this repository's files as
// they are in the working tree (tracked or new, not ignored), for pre-commit to clone as a hook
// repository, and returns its directory and commit.
func hookRepository(t *testing.T) (repo struct{ dir, rev string }) {
	t.Helper()
	files, err := exec.Command("git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	dir := t.TempDir()
	for _, name := range strings.Split(strings.TrimRight(string(files), "\x00"), "\x00") {
		src := filepath.Join(root, name)
		info, err := os.Stat(src)
		if err != nil {
			continue // deleted in the working tree
		}
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, info.Mode().Perm()); err != nil {
			t.Fatal(err)
		}
	}
	g := newGit(t, dir)
	g.run(true, "git", "init", "-q", "-b", "main")
	g.run(true, "git", "add", ".")
	g.run(true, "git", "commit", "-q", "-m", "hooks")
	repo.dir = dir
	repo.rev = strings.TrimSpace(g.run(true, "git", "rev-parse", "HEAD"))
	return repo
}

// TestPreCommitGolangciLint runs the hook that runs the custom
// golangci-lint (given the binary the tests built, through
// STATUSLINT_CUSTOM_GCL), configured by the scratch repository's
// .golangci.yml, as a local hook (see testHook).
func TestPreCommitGolangciLint(t *testing.T) {
	gcl := buildCustomGCL(t)
	files := map[string]string{
		".golangci.yml": "version: \"2\"\nlinters:\n  default: none\n  enable: [statuslint]\n  settings:\n    custom:\n      statuslint:\n        type: module\n",
	}
	testHook(t, "statuslint-golangci-lint", files, []string{"STATUSLINT_CUSTOM_GCL=" + gcl, "GOLANGCI_LINT_CACHE=" + t.TempDir()})
}

// gitRepo is a scratch git repository, with a scratch HOME that keeps the
// user's git and pre-commit settings out; the go command's caches stay.
type gitRepo struct {
	t                  *testing.T
	dir, preCommitHome string
	env                []string
}

func newGit(t *testing.T, dir string, extraEnv ...string) *gitRepo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git")
	}
	caches, err := exec.Command("go", "env", "GOCACHE", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	gocache, gomodcache, _ := strings.Cut(strings.TrimSpace(string(caches)), "\n")
	home := t.TempDir()
	g := &gitRepo{t: t, dir: dir, preCommitHome: filepath.Join(home, "pre-commit")}
	g.env = append(os.Environ(),
		"GOCACHE="+gocache, "GOMODCACHE="+gomodcache,
		"HOME="+home,
		"PRE_COMMIT_HOME="+g.preCommitHome,
		"GIT_CONFIG_NOSYSTEM=1",
		"CI=1", // the hook's statuslint leaves no go vet filling the cache in the background
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
	)
	g.env = append(g.env, extraEnv...)
	return g
}

// newHookRepo returns a new, empty git repository.
func newHookRepo(t *testing.T, extraEnv []string) *gitRepo {
	t.Helper()
	g := newGit(t, t.TempDir(), extraEnv...)
	g.run(true, "git", "init", "-q", "-b", "main")
	return g
}

// run runs a command in the repository and returns its output; it fails
// the test when the command's success is not wantOK.
func (g *gitRepo) run(wantOK bool, name string, args ...string) string {
	g.t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = g.dir, g.env
	out, err := cmd.CombinedOutput()
	if (err == nil) != wantOK {
		g.t.Fatalf("%s %s: err = %v, want success %v\n%s", name, strings.Join(args, " "), err, wantOK, out)
	}
	return string(out)
}

func (g *gitRepo) write(name, content string) {
	g.t.Helper()
	path := filepath.Join(g.dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		g.t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o666); err != nil {
		g.t.Fatal(err)
	}
}

// testHook installs the hook id of .pre-commit-hooks.yaml as a local hook
// (the form that needs no network) in a repository with go.mod at its
// root, with extra files and environment variables, and checks that the
// hook fails a commit that sends code 700 and passes the fixed commit.
func testHook(t *testing.T, id string, files map[string]string, extraEnv []string) {
	needTools(t, "runs git commits through pre-commit")
	preCommit := needPreCommit(t)
	h := newHookRepo(t, extraEnv)

	// The hook definition, indented under a local repo's hooks. A script
	// entry of a local hook is a path in the repository that uses it: make
	// it absolute, into this one.
	config := "repos:\n  - repo: local\n    hooks:\n"
	for _, line := range hookDefinition(t, id) {
		line = strings.Replace(line, "entry: scripts/", "entry: "+root+"/scripts/", 1)
		config += "      " + line + "\n"
	}
	h.write(".pre-commit-config.yaml", config)
	h.write("go.mod", "module example.com/hooked\n\ngo 1.26.0\n")
	for name, content := range files {
		h.write(name, content)
	}
	h.run(true, "git", "add", ".")
	h.run(true, "git", "commit", "-q", "-m", "initial")
	h.run(true, preCommit, "install")

	h.write("hooked.go", handler("hooked", "700"))
	h.run(true, "git", "add", "hooked.go")
	out := h.run(false, "git", "commit", "-m", "send 700")
	if !strings.Contains(out, "status code 700 passed to http.ResponseWriter.WriteHeader is outside 100–599") {
		t.Errorf("the failed commit's output does not show statuslint's diagnostic:\n%s", out)
	}
	h.write("hooked.go", handler("hooked", "http.StatusBadGateway"))
	h.run(true, "git", "add", "hooked.go")
	if out := h.run(true, "git", "commit", "-m", "send 502"); !strings.Contains(out, "Passed") {
		t.Errorf("the commit's output does not show the hook passing:\n%s", out)
	}
}
