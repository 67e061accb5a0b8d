package linter

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

func TestConfig(t *testing.T) {
	dir := t.TempDir()
	draft := writeFile(t, filepath.Join(dir, "news", "sub", "draft.txt"), []byte(figureDraft))
	writeFile(t, filepath.Join(dir, "news", "sub", "skip", "old.txt"), []byte(figureDraft))
	tests := []struct {
		name, config string
		args         []string
		want         int
		wantOut      string
	}{
		{"severity raised", "rules:\n  attribution/unattributed-claim: error\n", []string{draft}, 1, "error attribution/unattributed-claim"},
		{"mapping form", "rules:\n  attribution/unattributed-claim: {enabled: true, severity: error}\n", []string{draft}, 1, "error attribution"},
		{"rule off", "rules:\n  attribution/unattributed-claim: off\n", []string{"--fail-on", "info", draft}, 0, "0 findings"},
		{"ignore glob", "rules:\n  attribution/unattributed-claim: error\nignore:\n  - sub/skip/**\n", []string{filepath.Join(dir, "news")}, 1, "1 files"},
		{"unknown rule", "rules:\n  attribution/nope: off\n", []string{draft}, 2, `.attrlint.yml:2: unknown rule "attribution/nope"`},
		{"unknown key", "publisher: Daily\nrulez: {}\n", []string{draft}, 2, "line 2: field rulez not found"},
		{"bad severity", "rules:\n  attribution/unattributed-claim: fatal\n", []string{draft}, 2, "line 2"},
		{"claims kept to statistics", "rules:\n  attribution/unattributed-claim:\n    severity: error\n    claims: [statistic]\n", []string{draft}, 1, "1 findings"},
		{"claims without statistics", "rules:\n  attribution/unattributed-claim:\n    severity: error\n    claims: [prediction, intent]\n", []string{draft}, 0, "0 findings"},
		{"unknown kind of claim", "rules:\n  attribution/unattributed-claim:\n    claims: [statistics]\n", []string{draft}, 2, `.attrlint.yml:3: attribution/unattributed-claim: unknown kind of claim "statistics"`},
		{"claims on another rule", "rules:\n  attribution/vague-source:\n    claims: [statistic]\n", []string{draft}, 2, `takes no claims`},
		{"house lists", "publisher: The Daily\nwire_services:\n  - name: Metro Wire\n    aliases: [MW]\nvague_sources: [people familiar]\n", []string{draft}, 0, "1 findings"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The nearest config wins: one at the root and one nearer the file.
			writeFile(t, filepath.Join(dir, ConfigName), []byte("rules:\n  attribution/unattributed-claim: off\n"))
			writeFile(t, filepath.Join(dir, "news", ConfigName), []byte(tc.config))
			code, out, errs := run(t, "", tc.args...)
			if code != tc.want || !strings.Contains(out+errs, tc.wantOut) {
				t.Errorf("exit %d (want %d), output lacks %q?\nstdout: %s\nstderr: %s", code, tc.want, tc.wantOut, out, errs)
			}
		})
	}
	// --config overrides discovery.
	cfg := writeFile(t, filepath.Join(dir, "explicit.yml"), []byte("rules:\n  attribution/unattributed-claim: error\n"))
	writeFile(t, filepath.Join(dir, "news", ConfigName), []byte("rules:\n  attribution/unattributed-claim: off\n"))
	if code, out, errs := run(t, "", "--config", cfg, draft); code != 1 {
		t.Errorf("--config: exit %d, want 1\n%s%s", code, out, errs)
	}
}

func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	g := func(args ...string) {
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	g("init", "-q", "-b", "main")
	writeFile(t, filepath.Join(dir, "drafts", "vote.txt"), []byte(figureDraft))
	g("add", ".")
	g("commit", "-q", "-m", "base")
	g("tag", "base")
	// The change: a new paragraph with a new unattributed figure, and a new file.
	writeFile(t, filepath.Join(dir, "drafts", "vote.txt"), []byte(figureDraft+"\nThe clerk's office was closed on Monday.\n\nLast month, 250 tenants filed complaints about the landlord.\n"))
	writeFile(t, filepath.Join(dir, "drafts", "new.txt"), []byte(figureDraft))
	g("add", ".")
	g("commit", "-q", "-m", "change")
	return dir
}

func TestDiff(t *testing.T) {
	dir := gitRepo(t)
	vote := filepath.Join(dir, "drafts", "vote.txt")
	type loc struct {
		Path string
		Line int
	}
	lines := func(args ...string) []loc {
		code, out, errs := run(t, "", append([]string{"--format", "json", "--fail-on", "warning"}, args...)...)
		if code != 1 {
			t.Fatalf("exit %d, want 1: %s", code, errs)
		}
		var rep struct {
			Files []struct {
				Path     string
				Findings []struct{ Line int }
			}
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatal(err)
		}
		var got []loc
		for _, f := range rep.Files {
			for _, x := range f.Findings {
				got = append(got, loc{filepath.Base(f.Path), x.Line})
			}
		}
		return got
	}
	if d := cmp.Diff([]loc{{"new.txt", 3}, {"vote.txt", 3}, {"vote.txt", 7}}, lines(filepath.Join(dir, "drafts"))); d != "" {
		t.Errorf("without --diff (-want +got):\n%s", d)
	}
	// Only the changed line of vote.txt; a file new since base counts whole.
	if d := cmp.Diff([]loc{{"new.txt", 3}, {"vote.txt", 7}}, lines("--diff", "base", filepath.Join(dir, "drafts"))); d != "" {
		t.Errorf("--diff base (-want +got):\n%s", d)
	}
	code, _, errs := run(t, "", "--diff", "no-such-ref", vote)
	if code != 2 || !strings.Contains(errs, "fetch-depth: 0") || !strings.Contains(errs, `"no-such-ref"`) {
		t.Errorf("missing base: exit %d, stderr %q", code, errs)
	}
}

func TestBaseline(t *testing.T) {
	dir := gitRepo(t)
	drafts := filepath.Join(dir, "drafts")
	bl := filepath.Join(t.TempDir(), "baseline.json")
	if code, _, errs := run(t, "", "baseline", drafts, "-o", bl); code != 0 {
		t.Fatalf("baseline: exit %d: %s", code, errs)
	}
	if code, out, errs := run(t, "", "--fail-on", "warning", "--baseline", bl, drafts); code != 0 || !strings.Contains(out, "0 findings") {
		t.Errorf("with baseline: exit %d\n%s%s", code, out, errs)
	}
	// Unrelated edits above an accepted finding keep it accepted; a new one is reported.
	vote := filepath.Join(drafts, "vote.txt")
	src, _ := os.ReadFile(vote)
	writeFile(t, vote, []byte("Updated headline\n\nThe hearing was moved to the annex, the clerk said.\n\n"+string(src)+"\nOfficials expect 90 layoffs next spring.\n"))
	code, out, _ := run(t, "", "--fail-on", "warning", "--baseline", bl, drafts)
	if code != 1 || !strings.Contains(out, "90 layoffs") || strings.Count(out, "unattributed-claim") != 1 {
		t.Errorf("after edit: exit %d, want only the new finding:\n%s", code, out)
	}
}

// TestFingerprintsSurviveEdits: SARIF partialFingerprints do not depend on
// the finding's line.
func TestFingerprintsSurviveEdits(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, filepath.Join(dir, "a.txt"), []byte(figureDraft))
	fps := func() []string {
		_, out, _ := run(t, "", "--format", "sarif", p)
		return regexp.MustCompile(`"attrlintFingerprint/v1": "([0-9a-f]+)"`).FindAllString(out, -1)
	}
	before := fps()
	writeFile(t, p, []byte("Budget vote\n\nThe clerk's office opened at 9, the clerk said.\n\nIn a separate vote last year, 400 families lost their housing vouchers.\n"))
	after := fps()
	if len(before) != 1 || !cmp.Equal(before, after) {
		t.Errorf("fingerprints changed: %v -> %v", before, after)
	}
}

// TestSARIFValidates runs Microsoft's SARIF Multitool on our SARIF.
func TestSARIFValidates(t *testing.T) {
	tools, _ := filepath.Abs(filepath.Join("testdata", "sarif"))
	missing := func(why string) {
		if os.Getenv("ATTRLINT_REQUIRE_TOOLS") == "1" {
			t.Fatalf("SARIF Multitool unavailable (%s); run: npm ci --prefix linter/testdata/sarif", why)
		}
		t.Skipf("SARIF Multitool unavailable (%s); run: npm ci --prefix linter/testdata/sarif (ATTRLINT_REQUIRE_TOOLS=1 makes this fail)", why)
	}
	if _, err := exec.LookPath("npx"); err != nil {
		missing("no npx")
	}
	if _, err := os.Stat(filepath.Join(tools, "node_modules", "@microsoft", "sarif-multitool")); err != nil {
		missing("not installed")
	}
	validate := func(file string) []string {
		log := filepath.Join(t.TempDir(), "validation.sarif")
		cmd := exec.Command("npx", "--no-install", "--prefix", tools, "sarif-multitool", "validate", "--output", log, file)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("sarif-multitool: %v\n%s", err, out)
		}
		var rep struct {
			Runs []struct {
				Results []struct {
					Level   string
					RuleID  string
					Message struct {
						Text      string
						Arguments []string
					}
				}
			}
		}
		b, err := os.ReadFile(log)
		if err != nil {
			t.Fatalf("no validation log: %v\n%s", err, out)
		}
		if err := json.Unmarshal(b, &rep); err != nil {
			t.Fatal(err)
		}
		var errs []string
		for _, r := range rep.Runs {
			for _, x := range r.Results {
				msg := x.RuleID + " " + x.Level + " " + x.Message.Text + " " + strings.Join(x.Message.Arguments, " ")
				if x.Level == "error" || x.RuleID == "SARIF1004" {
					errs = append(errs, msg)
				} else {
					t.Logf("validator note: %s", msg)
				}
			}
		}
		return errs
	}
	// The validator must be able to fail: a known-bad file.
	bad := writeFile(t, filepath.Join(t.TempDir(), "bad.sarif"), []byte(`{"version":"2.1.0","runs":[{"tool":{"driver":{}},"results":[{"level":"bogus","message":{"text":"x"}}]}]}`))
	if errs := validate(bad); len(errs) == 0 {
		t.Fatal("validator accepted a bad SARIF file: the check is not working")
	}
	dir := t.TempDir()
	bin := writeFile(t, filepath.Join(dir, "bin.txt"), []byte("a\x00b"))
	out := filepath.Join(dir, "out.sarif")
	run(t, "", "--format", "sarif", "--output", out, "testdata/golden/draft.md", "testdata/golden/quiet.txt", bin)
	if errs := validate(out); len(errs) > 0 {
		t.Errorf("invalid SARIF:\n%s", strings.Join(errs, "\n"))
	}
}

// TestAction runs the run: steps of action.yml, as GitHub would, against a
// temporary git repository with a base commit and a change.
func TestAction(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash not installed")
	}
	raw, err := os.ReadFile("../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Inputs map[string]struct{ Default string }
		Runs   struct {
			Using string
			Steps []struct {
				ID, Shell, Run string
				Env            map[string]string
			}
		}
	}
	if err := yaml.Unmarshal(raw, &action); err != nil {
		t.Fatal(err)
	}
	if action.Runs.Using != "composite" {
		t.Fatalf("runs.using = %q", action.Runs.Using)
	}
	repo := gitRepo(t)
	root, _ := filepath.Abs("..")
	tmp := t.TempDir()
	summary := filepath.Join(tmp, "summary.md")
	output := filepath.Join(tmp, "output")
	sarifOut := filepath.Join(tmp, "out.sarif")
	inputs := map[string]string{}
	for k, v := range action.Inputs {
		inputs[k] = v.Default
	}
	inputs["paths"] = "drafts"
	inputs["fail-on"] = "warning"
	inputs["diff-base"] = "base"
	inputs["sarif"] = sarifOut
	expr := regexp.MustCompile(`\$\{\{\s*([^}]+?)\s*\}\}`)
	subst := func(s string) string {
		return expr.ReplaceAllStringFunc(s, func(m string) string {
			e := expr.FindStringSubmatch(m)[1]
			switch {
			case strings.HasPrefix(e, "inputs."):
				return inputs[strings.TrimPrefix(e, "inputs.")]
			case e == "github.action_path":
				return root
			}
			t.Fatalf("unknown expression %q in action.yml", e)
			return ""
		})
	}
	var lintOut string
	for i, step := range action.Runs.Steps {
		if step.Run == "" {
			continue
		}
		if step.Shell != "bash" {
			t.Fatalf("step %d: shell %q", i, step.Shell)
		}
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", subst(step.Run))
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "RUNNER_TEMP="+tmp, "GITHUB_STEP_SUMMARY="+summary, "GITHUB_OUTPUT="+output, "GITHUB_ACTION_PATH="+root)
		for k, v := range step.Env {
			cmd.Env = append(cmd.Env, k+"="+subst(v))
		}
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if step.ID == "lint" {
			lintOut = string(out)
			if code != 1 {
				t.Errorf("lint step: exit %d, want 1 (new findings at warning)\n%s", code, out)
			}
		} else if code != 0 {
			t.Fatalf("step %d: exit %d\n%s", i, code, out)
		}
	}
	ann := regexp.MustCompile(`(?m)^::(error|warning|notice) file=([^,]+),line=(\d+)`).FindAllStringSubmatch(lintOut, -1)
	var got []string
	for _, a := range ann {
		got = append(got, a[1]+" "+a[2]+":"+a[3])
	}
	if d := cmp.Diff([]string{"warning drafts/new.txt:3", "warning drafts/vote.txt:7"}, got); d != "" {
		t.Errorf("annotations (-want +got):\n%s\n%s", d, lintOut)
	}
	sum, _ := os.ReadFile(summary)
	if !strings.Contains(string(sum), "2 findings: 0 error, 2 warning") || !strings.Contains(string(sum), "`drafts/vote.txt:7:1`") {
		t.Errorf("step summary:\n%s", sum)
	}
	if b, err := os.ReadFile(sarifOut); err != nil || !strings.Contains(string(b), `"columnKind": "utf16CodeUnits"`) {
		t.Errorf("SARIF not written: %v", err)
	}
	if b, _ := os.ReadFile(output); !strings.Contains(string(b), "exit-code=1") {
		t.Errorf("GITHUB_OUTPUT: %q", b)
	}
}
