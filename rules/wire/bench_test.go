package wire_test

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/corpus/synth"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/wire"
)

// BenchmarkUncreditedCopy checks a 2,000-word draft (with two copied
// passages) against a synthetic corpus of articles of ~600 words: 10,000,
// or ATTRLINT_BENCH_DOCS.
func BenchmarkUncreditedCopy(b *testing.B) {
	n := 10000
	if v, err := strconv.Atoi(os.Getenv("ATTRLINT_BENCH_DOCS")); err == nil && v > 0 {
		n = v
	}
	g := synth.New(1)
	x := corpus.New()
	var copied []string
	for i := range n {
		name, text := g.Article(i, 600)
		d, err := document.Parse(name, []byte(text), document.FormatOf(name))
		if err != nil {
			b.Fatal(err)
		}
		if err := x.Add(d); err != nil {
			b.Fatal(err)
		}
		if i == 17 || i == 4242 {
			copied = append(copied, d.Blocks[len(d.Blocks)/2].Text)
		}
	}
	x, err := corpus.Load(x.Encode())
	if err != nil {
		b.Fatal(err)
	}
	_, draft := synth.New(2).Article(0, 2000)
	draft = "By Jane Roe\n\n" + draft + "\n\n" + strings.Join(copied, "\n\n")
	d, err := document.Parse("draft.txt", []byte(draft), document.Text)
	if err != nil {
		b.Fatal(err)
	}
	cfg := &rules.Config{}
	for _, r := range rules.All() {
		cfg.Set(r.ID, r == wire.UncreditedCopy)
	}
	b.SetBytes(int64(len(draft)))
	b.ResetTimer()
	var fs []analysis.Finding
	for range b.N {
		if fs, err = rules.Lint(d, cfg, x); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(fs)), "findings")
}
