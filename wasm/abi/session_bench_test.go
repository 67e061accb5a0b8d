package abi

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/wasm/internal/sample"
)

// The cost the module adds to the engine: JSON in and out, positions.
func BenchmarkArticle(b *testing.B) {
	for _, c := range []struct {
		name   string
		format document.Format
		text   string
	}{
		{"txt", document.Text, sample.Article(2000, 1)},
		{"html", document.HTML, sample.ArticlePage(2000, 1)},
	} {
		req := jsRequest(LintRequest{ABI: ptr(Version), Text: &c.text, Format: string(c.format)})
		b.Run(c.name+"/engine", func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				d, err := document.Parse("a", []byte(c.text), c.format)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := rules.Lint(d, &analysis.Config{}, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"/session", func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			var s Session
			for b.Loop() {
				s.Lint(req)
			}
		})
		b.Run(c.name+"/decode-encoding-json", func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				var r LintRequest
				if err := json.Unmarshal(req, &r); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"/decode", func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			for b.Loop() {
				var r LintRequest
				if err := decode(req, &r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

// jsRequest encodes a request as JSON.stringify does: no escaping of <, >, &.
func jsRequest(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	return buf.Bytes()
}
