package abi

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
)

// at reports the first (or n-th) occurrence of text in block b of d as a
// finding, the way Pass.ReportSpan does.
func at(t *testing.T, d *document.Document, b int, text string, n int) analysis.Finding {
	t.Helper()
	i := -1
	for k := 0; k <= n; k++ {
		j := strings.Index(d.Blocks[b].Text[i+1:], text)
		if j < 0 {
			t.Fatalf("%q (#%d) not in block %d: %q", text, n, b, d.Blocks[b].Text)
		}
		i += 1 + j
	}
	off, l := d.Span(b, i, i+len(text))
	return analysis.Finding{Rule: "test/rule", Offset: off, Length: l, Text: text, Block: b}
}

type pos struct {
	Line, Column, EndLine, EndColumn int
	U16, U16Len                      int
	Kind, Locator                    string
	Occurrence                       int
}

func TestConvert(t *testing.T) {
	src := "Ferry cut 🚢 in Åre\n\nCritics say 👩‍👩‍👧 families lose 3 routes.\r\nOfficials say 3 routes stay.\n"
	d, err := document.Parse("t.txt", []byte(src), document.Text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		block int
		text  string
		n     int
		want  pos
	}{
		// "🚢" is 4 bytes, 2 UTF-16 units, 1 code point.
		{"after emoji", 0, "Åre", 0, pos{1, 16, 1, 19, 16, 3, "heading", "", 0}},
		{"emoji itself", 0, "🚢", 0, pos{1, 11, 1, 12, 10, 2, "heading", "", 0}},
		// The family emoji is 5 code points (3 people, 2 joiners), 8 UTF-16 units.
		{"after ZWJ sequence", 1, "families", 0, pos{3, 19, 3, 27, 42, 8, "paragraph", "", 0}},
		{"second occurrence", 1, "3 routes", 1, pos{4, 15, 4, 23, 81, 8, "paragraph", "", 1}},
		// The block reads "\r\n" as one space; the span covers both bytes.
		{"across a line break", 1, "routes. Officials", 0, pos{3, 35, 4, 10, 58, 18, "paragraph", "", 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := at(t, d, tt.block, tt.text, tt.n)
			got := Convert(d, []analysis.Finding{f})
			if len(got) != 1 {
				t.Fatalf("got %d findings", len(got))
			}
			g := got[0]
			p := pos{g.Line, g.Column, g.EndLine, g.EndColumn, g.UTF16Offset, g.UTF16Length, g.BlockKind, g.Locator, g.Occurrence}
			if diff := cmp.Diff(tt.want, p); diff != "" {
				t.Errorf("positions (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(f, g.Finding); diff != "" {
				t.Errorf("engine finding changed (-want +got):\n%s", diff)
			}
		})
	}
}

func TestConvertOddFindings(t *testing.T) {
	d, err := document.Parse("t.txt", []byte("One block only.\n"), document.Text)
	if err != nil {
		t.Fatal(err)
	}
	fs := []analysis.Finding{
		{Rule: "a", Offset: 0, Length: 3, Text: "not there", Block: 0},
		{Rule: "b", Offset: 4, Length: 99, Text: "", Block: 7},
	}
	got := Convert(d, fs)
	want := []pos{
		{1, 1, 1, 4, 0, 3, "paragraph", "", -1},
		{1, 5, 2, 1, 4, 12, "", "", -1},
	}
	var ps []pos
	for _, g := range got {
		ps = append(ps, pos{g.Line, g.Column, g.EndLine, g.EndColumn, g.UTF16Offset, g.UTF16Length, g.BlockKind, g.Locator, g.Occurrence})
	}
	if diff := cmp.Diff(want, ps); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := Convert(d, nil); got == nil || len(got) != 0 {
		t.Errorf("Convert(nil) = %#v, want an empty non-nil slice (JSON [])", got)
	}
}
