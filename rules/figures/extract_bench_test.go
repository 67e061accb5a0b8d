package figures

import (
	"testing"

	"github.com/attrlint/attrlint/rules/corpus/synth"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/sentences"
)

// BenchmarkExtract measures figure extraction on a 600-word article
// (sentences split beforehand).
func BenchmarkExtract(b *testing.B) {
	_, text := synth.New(3).Article(0, 600)
	d, err := document.Parse("a.txt", []byte(text), document.Text)
	if err != nil {
		b.Fatal(err)
	}
	ss := &sentences.Result{First: make([]int, len(d.Blocks)+1)}
	for i := range d.Blocks {
		ss.First[i] = len(ss.Sentences)
		for _, s := range sentences.Split(d.Blocks[i].Text) {
			ss.Sentences = append(ss.Sentences, sentences.Sentence{Block: i, Start: s[0], End: s[1]})
		}
	}
	ss.First[len(d.Blocks)] = len(ss.Sentences)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		extractTokenizing(d, ss)
	}
}

// BenchmarkRecord measures turning an article into its index record
// (sentences, figures, fingerprints).
func BenchmarkRecord(b *testing.B) {
	_, text := synth.New(3).Article(0, 600)
	d, err := document.Parse("a.txt", []byte(text), document.Text)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Record(d); err != nil {
			b.Fatal(err)
		}
	}
}
