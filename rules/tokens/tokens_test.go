package tokens

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// show renders tokens as "text/kind" for readable diffs.
func show(text string, ts []Token) []string {
	var out []string
	for _, t := range ts {
		out = append(out, fmt.Sprintf("%s/%c", text[t.Start:t.End], " wnp"[t.Kind]))
	}
	return out
}

func TestAppend(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"1,500 active-duty troops.", []string{"1,500/n", "active-duty/w", "troops/w", "./p"}},
		{"The U.S. sent $50 million, 40% more.", []string{"The/w", "U.S./w", "sent/w", "$50/n", "million/w", ",/p", "40%/n", "more/w", "./p"}},
		{"“We don’t,” she said.", []string{"“/p", "We/w", "don’t/w", ",/p", "”/p", "she/w", "said/w", "./p"}},
		{"€3.5 and £20, 1.5-2", []string{"€3.5/n", "and/w", "£20/n", ",/p", "1.5-2/n"}},
		{"end-", []string{"end/w", "-/p"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := show(tt.text, Append(nil, tt.text, 0, len(tt.text)))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

// TestAppendWindow: offsets stay those of the whole text when only a part
// of it is tokenized.
func TestAppendWindow(t *testing.T) {
	text := "First one. Second 20 here."
	got := Append(nil, text, 11, len(text))
	want := []Token{{11, 17, Word}, {18, 20, Number}, {21, 25, Word}, {25, 26, Punct}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}
