package document

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A builder reused with Reset must leave the blocks it finished intact.
func TestBuilderReset(t *testing.T) {
	src := "  Troops &amp; tanks  \n\nThe  border\n"
	type part struct {
		text     string
		src, len int // Decoded when len != len(text)
	}
	type span struct {
		Text, Source string
	}
	tests := []struct {
		parts []part
		spans [][2]int // text ranges to map back
		want  []span
	}{
		{
			parts: []part{{"  Troops ", 0, 9}, {"&", 9, 5}, {" tanks  ", 14, 8}},
			spans: [][2]int{{0, 14}, {7, 8}, {9, 14}},
			want:  []span{{"Troops & tanks", "Troops &amp; tanks"}, {"&", "&amp;"}, {"tanks", "tanks"}},
		},
		{
			parts: []part{{"The", 24, 3}, {" ", 27, 2}, {"border", 29, 6}},
			spans: [][2]int{{0, 10}, {3, 4}, {4, 10}},
			want:  []span{{"The border", "The  border"}, {" ", "  "}, {"border", "border"}},
		},
		{
			parts: []part{{"   ", 35, 3}}, // white space only: an empty block
			spans: [][2]int{{0, 0}},
			want:  []span{{"", ""}},
		},
	}
	var bb Builder
	var blocks []Block
	for _, tt := range tests {
		bb.Reset()
		for _, p := range tt.parts {
			if len(p.text) == p.len {
				bb.Verbatim(p.text, p.src)
			} else {
				bb.Decoded(p.text, p.src, p.len)
			}
		}
		blocks = append(blocks, bb.Block(Paragraph, ""))
	}
	for i, tt := range tests {
		b := blocks[i]
		var got []span
		for _, s := range tt.spans {
			o, n := b.Span(s[0], s[1])
			got = append(got, span{b.Text[s[0]:s[1]], src[o : o+n]})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("block %d (-want +got):\n%s", i, diff)
		}
	}
}
