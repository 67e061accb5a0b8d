package figures

import (
	"strings"
	"testing"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/slab"
	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/google/go-cmp/cmp"
)

func TestHasField(t *testing.T) {
	tests := []struct {
		s, w string
		want bool
	}{
		{"national guard troops", "guard", true},
		{"national guard troops", "troops", true},
		{"national guard troops", "troop", false},
		{"troops", "troops", true},
		{"", "troops", false},
		{"active-duty troops", "active", false},
	}
	for _, tt := range tests {
		if got := hasField(tt.s, tt.w); got != tt.want {
			t.Errorf("hasField(%q, %q) = %v, want %v", tt.s, tt.w, got, tt.want)
		}
	}
}

func TestSentenceEntities(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Sen. Cory Booker said the plan would fail.", []string{"Cory Booker"}},
		{"He met Cory  Booker and Pat\tRyder on Monday.", []string{"Cory Booker", "Pat Ryder"}},
		{"The mayor met families in May.", nil},
		{"Officials said Brig. Gen. Pat Ryder, a spokesman, met the Senate.", []string{"Brig", "Gen", "Pat Ryder", "Senate"}},
	}
	for _, tt := range tests {
		c := &sentenceCtx{arena: &slab.Slab[string]{Chunk: arenaChunk}, low: &lowerArena{}}
		c.reset(tt.text, 0, 0, tokens.Append(nil, tt.text, 0, len(tt.text)))
		if diff := cmp.Diff(tt.want, c.sentenceEntities()); diff != "" {
			t.Errorf("sentenceEntities(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestLowerArena(t *testing.T) {
	var a lowerArena
	words := []string{"troops", "The", "PENTAGON", "U.S.", "Ryder's", "Ünited", "Straße", "", "1,500", "D-N.J."}
	for i := 0; i < lowerChunk/4; i++ {
		words = append(words, "Washington") // past a chunk
	}
	var got []string
	for _, w := range words {
		got = append(got, a.lower(w))
	}
	var want []string
	for _, w := range words {
		want = append(want, strings.ToLower(w))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lower (-want +got):\n%s", diff)
	}
}

func TestEvidenceChunksOne(t *testing.T) {
	var c evidenceChunks
	var got [][]analysis.Evidence
	for i := range evidenceChunk + 3 {
		got = append(got, c.one(analysis.Evidence{Path: "d.md", Offset: i}))
	}
	for i, evs := range got {
		want := []analysis.Evidence{{Path: "d.md", Offset: i}}
		if diff := cmp.Diff(want, evs); diff != "" {
			t.Errorf("evidence %d (-want +got):\n%s", i, diff)
		}
		if cap(evs) != 1 {
			t.Errorf("evidence %d: cap %d, want 1: appending must copy", i, cap(evs))
		}
	}
}
