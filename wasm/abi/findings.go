package abi

import (
	"strings"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/position"
)

// Convert adds to each engine finding its line and column, its UTF-16 span
// and where its block is, for a host that works in JavaScript strings and
// a live DOM.
func Convert(d *document.Document, fs []analysis.Finding) []Finding {
	out := make([]Finding, 0, len(fs))
	if len(fs) == 0 {
		return out
	}
	lines := position.New(d.Source)
	// Findings come sorted by offset, so one forward pass converts all
	// start offsets; lengths are counted on their own span.
	u16 := position.NewUTF16(d.Source)
	for _, f := range fs {
		end := min(f.Offset+f.Length, len(d.Source))
		start := min(max(f.Offset, 0), end)
		s, e := lines.LineCol(start), lines.LineCol(end)
		w := Finding{
			Finding:     f,
			Line:        s.Line,
			Column:      s.Column,
			EndLine:     e.Line,
			EndColumn:   e.Column,
			UTF16Offset: u16.At(start),
			UTF16Length: position.UTF16Len(d.Source[start:end]),
			Block:       f.Block,
			Occurrence:  -1,
		}
		if f.Block >= 0 && f.Block < len(d.Blocks) {
			b := &d.Blocks[f.Block]
			w.BlockKind = b.Kind.String()
			w.Locator = b.Locator
			w.Occurrence = occurrence(b, f)
		}
		out = append(out, w)
	}
	return out
}

// occurrence returns which occurrence of f.Text in the block's text maps
// to f's source span (0-based), or -1 when none does.
func occurrence(b *document.Block, f analysis.Finding) int {
	if f.Text == "" {
		return -1
	}
	n := 0
	for i := 0; ; {
		j := strings.Index(b.Text[i:], f.Text)
		if j < 0 {
			return -1
		}
		off, l := b.Span(i+j, i+j+len(f.Text))
		if off == f.Offset && l == f.Length {
			return n
		}
		n++
		i += j + 1
	}
}
