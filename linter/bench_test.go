package linter

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// generatedDraft writes a synthetic Markdown story of about words words:
// attributed and unattributed figures, quotes, curly quotes, dashes.
func generatedDraft(words int) string {
	paras := []string{
		"The city council voted 7-2 on Tuesday to approve a $%d million budget, the clerk said.",
		"“We have waited long enough,” said Council Member Dana Ortiz — who has pushed for the plan since %d.",
		"About %d residents attended the hearing, and several spoke against the proposal.",
		"Officials expect the new library branch to open next spring, according to the mayor’s office, at a cost of $%d,000.",
		"The transit agency carried %d riders last month, up from the month before.",
	}
	var b strings.Builder
	b.WriteString("---\ntitle: Generated budget story\ndate: 2024-03-02\n---\n\n# Council passes budget\n\n")
	n, i := 0, 0
	for n < words {
		p := fmt.Sprintf(paras[i%len(paras)], 100+i%900)
		if i%40 == 0 {
			fmt.Fprintf(&b, "## Section %d\n\n", i/40+1)
		}
		b.WriteString(p)
		b.WriteString("\n\n")
		n += len(strings.Fields(p))
		i++
	}
	return b.String()
}

// BenchmarkCLI runs the whole binary (process start to exit) on a
// generated 100,000-word Markdown draft. Target: <= 150 ms per run.
func BenchmarkCLI(b *testing.B) {
	p := filepath.Join(b.TempDir(), "draft.md")
	src := generatedDraft(100_000)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		cmd := exec.Command(binPath, "--format", "json", "--output", os.DevNull, p)
		if err := cmd.Run(); err != nil {
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() == 2 {
				b.Fatal(err)
			}
		}
	}
}

// TestGeneratedDraftLints guards the benchmark input: it lints, with findings.
func TestGeneratedDraftLints(t *testing.T) {
	p := writeFile(t, filepath.Join(t.TempDir(), "draft.md"), []byte(generatedDraft(2000)))
	code, out, errs := run(t, "", "--format", "json", p)
	if code == ExitError || !strings.Contains(out, `"findings": [`) || strings.Contains(out, `"findings": 0`) {
		t.Errorf("exit %d, stderr %s\n%.500s", code, errs, out)
	}
}

// BenchmarkHugeFile lints one generated Markdown file of
// ATTRLINT_BENCH_HUGE_MB megabytes (default 100, the --max-size ceiling)
// with the whole binary and reports its peak resident memory as a multiple
// of the file's size. Target: <= 10x.
func BenchmarkHugeFile(b *testing.B) {
	mb := 100
	if s := os.Getenv("ATTRLINT_BENCH_HUGE_MB"); s != "" {
		if _, err := fmt.Sscan(s, &mb); err != nil {
			b.Fatalf("ATTRLINT_BENCH_HUGE_MB=%q: %v", s, err)
		}
	}
	p := filepath.Join(b.TempDir(), "huge.md")
	f, err := os.Create(p)
	if err != nil {
		b.Fatal(err)
	}
	chunk := generatedDraft(100_000)
	size := 0
	for size+len(chunk) <= mb*1_000_000 {
		if _, err := f.WriteString(chunk); err != nil {
			b.Fatal(err)
		}
		size += len(chunk)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	var peak int64
	for b.Loop() {
		cmd := exec.Command(binPath, "--max-size", "100MB", "--format", "json", "--output", os.DevNull, p)
		if err := cmd.Run(); err != nil {
			if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() == 2 {
				b.Fatal(err)
			}
		}
		peak = max(peak, maxRSS(cmd.ProcessState))
	}
	b.ReportMetric(float64(peak)/1e6, "peak-RSS-MB")
	b.ReportMetric(float64(peak)/float64(size), "x-file-size")
}
