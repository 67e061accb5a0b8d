package linter

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// binPath is the attrlint binary built once for tests that run it as a
// process (the action's steps, the CLI benchmark).
var binPath string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "attrlint-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	binPath = filepath.Join(dir, "attrlint")
	if runtime.GOOS == "windows" {
		binPath += ".exe"
	}
	cmd := exec.Command("go", "build", "-trimpath", "-o", binPath, "../cmd/attrlint")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building attrlint:", err)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// run calls Main in-process.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./linter -update)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, d)
	}
}

// TestGolden compares every output format, whole, on drafts with curly
// quotes, em dashes and emoji (so code-point and UTF-16 columns differ).
func TestGolden(t *testing.T) {
	for _, format := range []string{"text", "json", "sarif", "github", "codeclimate", "summary"} {
		t.Run(format, func(t *testing.T) {
			code, out, errs := run(t, "", "--format", format, "testdata/golden/draft.md", "testdata/golden/quiet.txt")
			if code != ExitOK {
				t.Errorf("exit %d, want 0 (a warning is below --fail-on error); stderr: %s", code, errs)
			}
			golden(t, filepath.Join("testdata", "golden", "out."+format), []byte(out))
		})
	}
}

func writeFile(t *testing.T, path string, b []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const figureDraft = "Budget vote\n\nIn a separate vote last year, 400 families lost their housing vouchers.\n"

// TestExitCodes is the exit-code contract, including bad input.
func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	clean := writeFile(t, filepath.Join(dir, "clean.txt"), []byte("Budget vote\n\nThe council met on Tuesday, the clerk said.\n"))
	figure := writeFile(t, filepath.Join(dir, "figure.txt"), []byte(figureDraft))
	binary := writeFile(t, filepath.Join(dir, "binary.txt"), []byte("PK\x03\x04\x00\x00binary"))
	badUTF8 := writeFile(t, filepath.Join(dir, "bad.txt"), []byte("Headline\n\nab\xffcd said the mayor.\n"))
	empty := writeFile(t, filepath.Join(dir, "empty.md"), []byte("  \n\n"))
	big := writeFile(t, filepath.Join(dir, "big.txt"), bytes.Repeat([]byte("The mayor said so. "), 200))
	broken := writeFile(t, filepath.Join(dir, "broken.html"), []byte("<html><body><article><p>The mayor <b>said <i>so</b> on <div><p>Tuesday</article></span>"))
	deep := writeFile(t, filepath.Join(dir, "deep.html"), []byte("<html><body><article><p>The mayor said so."+strings.Repeat("<div>", 5000)))
	directive := writeFile(t, filepath.Join(dir, "directive.md"), []byte("# Vote\n\n<!-- attrlint-disable attribution/no-such-rule -->\n\nThe council met.\n"))
	noLint := filepath.Join(dir, "nolint")
	writeFile(t, filepath.Join(noLint, "notes.csv"), []byte("a,b\n"))
	writeFile(t, filepath.Join(dir, "hidden", ".git", "x.txt"), []byte("x"))

	tests := []struct {
		name    string
		args    []string
		stdin   string
		want    int
		wantOut string // substring of stdout+stderr
	}{
		{"clean", []string{clean}, "", 0, "0 findings"},
		{"warning below fail-on", []string{figure}, "", 0, "unattributed-claim"},
		{"fail-on warning", []string{"--fail-on", "warning", figure}, "", 1, "unattributed-claim"},
		{"min-severity hides", []string{"--fail-on", "warning", "--min-severity", "error", figure}, "", 0, "0 findings"},
		{"disabled rule", []string{"--fail-on", "warning", "--disable", "attribution/unattributed-claim", figure}, "", 0, "0 findings"},
		{"stdin", []string{"--fail-on", "warning", "-"}, figureDraft, 1, "<stdin>:3:"},
		{"stdin html", []string{"--stdin-format", "html", "-"}, "<p>The mayor said so.</p>", 0, "0 findings"},
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, "", 2, "nope.txt: error: no such file"},
		{"missing and good file", []string{"--fail-on", "warning", filepath.Join(dir, "nope.txt"), figure}, "", 2, "unattributed-claim"},
		{"directory without lintable files", []string{noLint}, "", 2, "no lintable files"},
		{"not lintable extension", []string{filepath.Join(noLint, "notes.csv")}, "", 2, "not a lintable file"},
		{"binary", []string{binary}, "", 2, "binary data"},
		{"invalid utf-8", []string{badUTF8}, "", 2, "bad.txt: error: 3:3: invalid UTF-8 (byte 0xff) (byte 12)"},
		{"empty", []string{empty}, "", 2, "empty file"},
		{"over max-size", []string{"--max-size", "1KB", big}, "", 2, "above --max-size 1024"},
		{"broken html lints", []string{broken}, "", 0, "1 files"},
		{"deeply nested html", []string{deep}, "", 2, "nested deeper than"},
		{"unknown rule in directive", []string{directive}, "", 2, `3:1: unknown rule "attribution/no-such-rule"`},
		{"unknown rule flag", []string{"--disable", "nope/rule", clean}, "", 2, `unknown rule "nope/rule"`},
		{"unknown format", []string{"--format", "xml", clean}, "", 2, "unknown --format"},
		{"bad severity", []string{"--fail-on", "fatal", clean}, "", 2, "unknown severity"},
		{"no paths", nil, "", 2, "usage"},
		{"version", []string{"version"}, "", 0, "attrlint dev"},
		{"rules", []string{"rules"}, "", 0, "attribution/orphan-quote"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, tc.stdin, tc.args...)
			if code != tc.want {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.want, out, errs)
			}
			if !strings.Contains(out+errs, tc.wantOut) {
				t.Errorf("output lacks %q\nstdout: %s\nstderr: %s", tc.wantOut, out, errs)
			}
		})
	}
}

// TestJSONFileError: a file that cannot be decoded appears with "error".
func TestJSONFileError(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, filepath.Join(dir, "b.txt"), []byte("x\x00y"))
	code, out, _ := run(t, "", "--format", "json", bad)
	if code != ExitError {
		t.Errorf("exit %d, want 2", code)
	}
	want := fmt.Sprintf(`{
  "version": 1,
  "files": [
    {
      "path": %q,
      "error": "1:2: binary data (NUL byte): not a text file (byte 1)"
    }
  ],
  "summary": {
    "files": 1,
    "findings": 0,
    "error": 0,
    "warning": 0,
    "info": 0
  }
}
`, bad)
	if d := cmp.Diff(want, out); d != "" {
		t.Error(d)
	}
}

// TestLintOneRecovers: a panic while linting one file becomes that file's
// error (exit 2), never a crash of the whole run.
func TestLintOneRecovers(t *testing.T) {
	p := writeFile(t, filepath.Join(t.TempDir(), "a.txt"), []byte(figureDraft))
	l := &linter{maxSize: DefaultMaxSize} // no config finder: lintOne panics inside
	r := l.lintOne(input{Path: p, Format: "txt"})
	if !strings.HasPrefix(r.Err, "internal error: ") || r.Findings != nil {
		t.Errorf("got %+v, want an internal error", r.Err)
	}
}

// TestDefaultMaxSize: a file above the default --max-size is refused with
// exit 2 before it is read (a sparse file: only its size matters), and the
// flag lets it through to the engine's own limit.
func TestDefaultMaxSize(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(DefaultMaxSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, out, stderr := run(t, "", p)
	if code != ExitError || !strings.Contains(out+stderr, "above --max-size") {
		t.Errorf("default: exit %d, output %q %q; want exit 2 naming --max-size", code, out, stderr)
	}
	// Raised, the size passes and the zero bytes are refused as binary data.
	code, out, stderr = run(t, "", "--max-size", "100MB", p)
	if code != ExitError || strings.Contains(out+stderr, "above --max-size") || !strings.Contains(out+stderr, "big.txt") {
		t.Errorf("--max-size 100MB: exit %d, output %q %q; want a decoding error for big.txt", code, out, stderr)
	}
}

// TestReaderMode: --reader-mode ignores a page's disable comments, as the
// extension does for readers; without it they apply.
func TestReaderMode(t *testing.T) {
	p := writeFile(t, filepath.Join(t.TempDir(), "page.md"), []byte("# Budget\n\n<!-- attrlint-disable -->\n\nThe city will cut 300 jobs next year.\n"))
	tests := []struct {
		args []string
		want int // findings
	}{
		{[]string{"--format", "json", p}, 0},
		{[]string{"--format", "json", "--reader-mode", p}, 1},
	}
	for _, tt := range tests {
		_, out, stderr := run(t, "", tt.args...)
		var rep struct{ Summary struct{ Findings int } }
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("%v: %v\n%s%s", tt.args, err, out, stderr)
		}
		if rep.Summary.Findings != tt.want {
			t.Errorf("%v: %d findings, want %d\n%s", tt.args, rep.Summary.Findings, tt.want, out)
		}
	}
}
