package quotes

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type got struct {
	Block     int
	Inner     string
	Closed    bool
	Continues bool
	Chain     int
	Scare     bool
}

func TestFind(t *testing.T) {
	tests := []struct {
		name   string
		blocks []string
		want   []got
	}{
		{"curly speech", []string{`“We are ready to go,” said Ryder.`},
			[]got{{0, "We are ready to go,", true, false, 0, false}}},
		{"straight speech", []string{`"The mission is clear," he said.`},
			[]got{{0, "The mission is clear,", true, false, 0, false}}},
		{"multi-sentence", []string{`“We are ready. The mission is clear. We leave Friday,” she said.`},
			[]got{{0, "We are ready. The mission is clear. We leave Friday,", true, false, 0, false}}},
		{"scare quote", []string{`He called the plan a “reset” of the policy.`},
			[]got{{0, "reset", true, false, 0, true}}},
		{"title", []string{`She wrote “The Long Road Home From The War” in 2019.`},
			[]got{{0, "The Long Road Home From The War", true, false, 0, true}}},
		{"short speech with punctuation", []string{`“No,” he said.`},
			[]got{{0, "No,", true, false, 0, false}}},
		{"continues into next paragraph", []string{`“We will not stop here.`, `“We will go on until the job is done,” she said.`},
			[]got{{0, "We will not stop here.", false, true, 0, false}, {1, "We will go on until the job is done,", true, false, 0, false}}},
		{"unclosed without continuation", []string{`“We will not stop here.`, `The crowd cheered.`},
			[]got{{0, "We will not stop here.", false, false, 0, false}}},
		{"apostrophes are not quotes", []string{`The mayor’s plan isn't new.`}, nil},
		{"two apostrophes as a double quote", []string{`''We are ready to go,'' she said.`},
			[]got{{0, "We are ready to go,", true, false, 0, false}}},
		{"two apostrophes with a nested single quote", []string{`''He told me 'no' twice,'' she said.`},
			[]got{{0, "He told me 'no' twice,", true, false, 0, false}}},
		{"one apostrophe is not a quote", []string{`The voters' choice was clear.`}, nil},
		{"two quotes one block", []string{`“Go,” he said. “Now.”`},
			[]got{{0, "Go,", true, false, 0, false}, {0, "Now.", true, false, 1, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Find(tc.blocks)
			var out []got
			for _, q := range r.Quotes {
				out = append(out, got{q.Block, tc.blocks[q.Block][q.InnerStart:q.InnerEnd], q.Closed, q.Continues, q.Chain, q.Scare})
			}
			if diff := cmp.Diff(tc.want, out); diff != "" {
				t.Errorf("quotes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAt(t *testing.T) {
	r := Find([]string{`He said “yes and no, mostly yes” today.`})
	if got := r.At(0, 10); got != 0 {
		t.Errorf("At inside = %d, want 0", got)
	}
	if got := r.At(0, 2); got != -1 {
		t.Errorf("At outside = %d, want -1", got)
	}
}
