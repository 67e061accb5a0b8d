package figures_test

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/attrlint/attrlint/internal/cputime"
	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/corpus/synth"
	"github.com/attrlint/attrlint/rules/document"
)

// benchDocs is the corpus size of the benchmarks: 1,000 by default,
// ATTRLINT_BENCH_DOCS=100000 for the full-size run.
func benchDocs() int {
	if n, err := strconv.Atoi(os.Getenv("ATTRLINT_BENCH_DOCS")); err == nil && n > 0 {
		return n
	}
	return 1000
}

func synthDocs(b *testing.B, n int) []*document.Document {
	g := synth.New(1)
	out := make([]*document.Document, n)
	for i := range out {
		name, text := g.Article(i, 600)
		d, err := document.Parse(name, []byte(text), document.Text)
		if err != nil {
			b.Fatal(err)
		}
		out[i] = d
	}
	return out
}

var built struct {
	n     int
	bytes []byte
	took  time.Duration // generating, parsing and indexing, streamed
}

func buildIndex(b *testing.B, n int) []byte {
	if built.n == n {
		return built.bytes
	}
	// Streamed: generate, parse and add one article at a time, so that
	// 100,000 articles fit in memory.
	start := time.Now()
	idx := corpus.New()
	g := synth.New(1)
	for i := 0; i < n; i++ {
		name, text := g.Article(i, 600)
		d, err := document.Parse(name, []byte(text), document.Text)
		if err != nil {
			b.Fatal(err)
		}
		if err := idx.Add(d); err != nil && err != corpus.ErrDuplicate {
			b.Fatal(err)
		}
	}
	built.n, built.bytes = n, idx.Encode()
	built.took = time.Since(start)
	return built.bytes
}

// BenchmarkIndexBuild measures indexing parsed articles (figures,
// fingerprints) and encoding the index.
func BenchmarkIndexBuild(b *testing.B) {
	n := min(benchDocs(), 10000) // parsed documents are held in memory
	docs := synthDocs(b, n)
	b.ResetTimer()
	var size int
	var parts map[string]int
	cpu0 := cputime.Process()
	for b.Loop() {
		idx := corpus.New()
		for _, d := range docs {
			idx.Add(d)
		}
		size = len(idx.Encode())
		parts = idx.Sizes()
	}
	if c := cputime.Process() - cpu0; c > 0 {
		// Indexing runs on one goroutine here: CPU time per article is
		// what a core spends, whatever else the machine runs.
		b.ReportMetric(float64(c.Microseconds())/float64(n*b.N), "cpu-µs/article")
	}
	for k, v := range parts {
		b.ReportMetric(float64(v)/float64(n), k+"-bytes/article")
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(size)/1e6, "MB")
	b.ReportMetric(float64(size)/float64(n), "bytes/article")
}

// BenchmarkIndexLoad measures Load and the heap the loaded index holds.
func BenchmarkIndexLoad(b *testing.B) {
	data := buildIndex(b, benchDocs())
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var keep *corpus.Index
	b.ResetTimer()
	for b.Loop() {
		idx, err := corpus.Load(data)
		if err != nil {
			b.Fatal(err)
		}
		keep = idx
	}
	b.StopTimer()
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/1e6, "heapMB")
	b.ReportMetric(float64(len(data))/1e6, "indexMB")
	b.ReportMetric(float64(built.n)/built.took.Seconds(), "streamed-build-articles/s")
	start := time.Now()
	runtime.GC()
	b.ReportMetric(float64(time.Since(start).Microseconds())/1000, "gc-ms")
	runtime.KeepAlive(keep)
}

// BenchmarkCheckDraft lints a 2,000-word draft with the figures rules
// against the index.
func BenchmarkCheckDraft(b *testing.B) {
	idx, err := corpus.Load(buildIndex(b, benchDocs()))
	if err != nil {
		b.Fatal(err)
	}
	g := synth.New(99)
	_, text := g.Article(0, 2000)
	d, err := document.Parse("draft.txt", []byte(text), document.Text)
	if err != nil {
		b.Fatal(err)
	}
	cfg := &analysis.Config{}
	for _, r := range rules.All() {
		if !strings.HasPrefix(r.ID, "figures/") {
			cfg.Set(r.ID, false)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		d.Blocks = d.Blocks[:len(d.Blocks):len(d.Blocks)]
		if _, err := rules.Lint(d, cfg, idx); err != nil {
			b.Fatal(err)
		}
	}
}
