package linter

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/corpus/synth"
)

func TestBuildAndLoadCorpus(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a/one.txt", "date 2023-05-02\nTroops\n\nThe Pentagon sent 1,500 troops to the border.\n")
	write("a/one-again.txt", "date 2023-05-02\nTroops\n\nThe Pentagon sent 1,500 troops to the border.\n")
	write("b/undated.txt", "The storm killed 12 people.\n")
	write("b/binary.txt", "abc\x00def")
	write("b/notes.csv", "ignored")
	out := filepath.Join(t.TempDir(), "idx.bin")
	var msg bytes.Buffer
	if err := BuildCorpus(dir, out, &msg); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(msg.String(), "indexed 2 documents (1 duplicates skipped, 1 undated, 1 unreadable)") || !strings.Contains(msg.String(), "binary.txt") {
		t.Errorf("summary: %s", msg.String())
	}
	if strings.Contains(msg.String(), "\r") {
		t.Errorf("progress written to a non-terminal: %q", msg.String())
	}
	var warn bytes.Buffer
	CorpusWarnings = &warn
	defer func() { CorpusWarnings = os.Stderr }()
	for _, p := range []string{out, dir} {
		idx, err := LoadCorpus(p)
		if err != nil || idx.Len() != 2 {
			t.Fatalf("LoadCorpus(%s): %v, %d docs", p, err, idx.Len())
		}
	}
	if !strings.Contains(warn.String(), "skipped") || !strings.Contains(warn.String(), "binary.txt") {
		t.Errorf("warnings: %q", warn.String())
	}
	b, _ := os.ReadFile(out)
	os.WriteFile(out, b[:len(b)/2], 0o644)
	if _, err := LoadCorpus(out); err == nil || !strings.Contains(err.Error(), "idx.bin") {
		t.Errorf("truncated index: %v", err)
	}
	if _, err := LoadCorpus(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing path: no error")
	}
	if _, err := LoadCorpus(filepath.Join(dir, "a", "one.txt")); err == nil {
		t.Error("an article is not an index: no error")
	}
}

// synthCorpus writes ATTRLINT_BENCH_DOCS generated articles (default
// 1,000) of ~600 words into a temporary directory, a thousand a folder.
func synthCorpus(b *testing.B) (dir string, n int) {
	n = 1000
	if v, err := strconv.Atoi(os.Getenv("ATTRLINT_BENCH_DOCS")); err == nil && v > 0 {
		n = v
	}
	dir = b.TempDir()
	g := synth.New(1)
	for i := 0; i < n; i++ {
		name, text := g.Article(i, 600)
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, name), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir, n
}

// BenchmarkBuildCorpus builds an index from generated files on disk:
// reading, parsing, figures, fingerprints, encoding, writing.
// ATTRLINT_BENCH_DOCS sets the size (default 1,000).
func BenchmarkBuildCorpus(b *testing.B) {
	dir, n := synthCorpus(b)
	out := filepath.Join(b.TempDir(), "idx.bin")
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		if err := BuildCorpus(dir, out, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/time.Since(start).Seconds(), "articles/s")
	st, _ := os.Stat(out)
	b.ReportMetric(float64(st.Size())/1e6, "MB")
}

// BenchmarkLoadCorpus loads an index file as the CLI does (a section at a
// time) and reports the heap it holds. ATTRLINT_BENCH_INDEX names an
// index to load (built by `attrlint corpus build`); otherwise one is built
// from ATTRLINT_BENCH_DOCS generated articles (default 1,000).
func BenchmarkLoadCorpus(b *testing.B) {
	idx := os.Getenv("ATTRLINT_BENCH_INDEX")
	if idx == "" {
		dir, _ := synthCorpus(b)
		idx = filepath.Join(b.TempDir(), "idx.bin")
		if err := BuildCorpus(dir, idx, nil); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var keep *corpus.Index
	b.ResetTimer()
	for b.Loop() {
		keep = nil
		x, err := LoadCorpus(idx)
		if err != nil {
			b.Fatal(err)
		}
		keep = x
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "heapMB")
	st, _ := os.Stat(idx)
	b.ReportMetric(float64(st.Size())/1e6, "indexMB")
	runtime.KeepAlive(keep)
}

// TestCorpusBuildPipedSummary: piped, `attrlint corpus build` prints its
// summary and no progress line.
func TestCorpusBuildPipedSummary(t *testing.T) {
	out := filepath.Join(t.TempDir(), "idx.bin")
	code, stdout, stderr := run(t, "", "corpus", "build", filepath.Join("..", "examples", "corpus"), "-o", out)
	if code != ExitOK || !strings.Contains(stderr, "indexed ") || strings.Contains(stderr, "\r") || stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr %q: want the summary alone on stderr", code, stdout, stderr)
	}
}
