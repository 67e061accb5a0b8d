package wire

import (
	"strings"
	"testing"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/google/go-cmp/cmp"
)

// The dateline pattern must find the same match in the head as in the
// whole text.
func TestDatelineHead(t *testing.T) {
	long := analysis.Agency{Name: "The Extraordinarily Long Named Regional Wire Cooperative Service"}
	m := newMatcher(append(append([]analysis.Agency(nil), builtin...), long))
	place := "SAN FRANCISCO DE LAS MONTANAS NUEVAS ALTAS"[:41]
	tests := []struct {
		text    string
		matches bool
	}{
		{"WASHINGTON (AP) — The Senate voted 51-49 on the measure late Monday.", true},
		{"  \f\tWASHINGTON (AP) -- The Senate voted", true},
		{strings.Repeat(" ", 300) + "WASHINGTON (AP) — far from the start", true},
		{"SPRINGFIELD, Ill., Sept. 26 (Reuters) — " + strings.Repeat("x", 500), true},
		{place + ", Massachusetts Bay Col, Sept. 26 (" + long.Name + ") — the longest dateline", true},
		{place + "X, Massachusetts Bay Col, Sept. 26 (" + long.Name + ") — one byte too long a place", false},
		{"Sen. Cory Booker (D-N.J.) said the plan was expected to fail (AP).", false},
		{"", false},
	}
	for _, tt := range tests {
		want := m.dateline.Get().FindStringSubmatchIndex(tt.text)
		got := m.dateline.Get().FindStringSubmatchIndex(m.datelineHead(tt.text))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%.60q: (-whole +head):\n%s", tt.text, diff)
		}
		if diff := cmp.Diff(want, m.findDateline(true, tt.text)); diff != "" {
			t.Errorf("%.60q: (-dateline +findDateline):\n%s", tt.text, diff)
		}
		if (want != nil) != tt.matches {
			t.Errorf("%.60q: match %v, want %v", tt.text, want != nil, tt.matches)
		}
	}
}

// findDateline must match as the alternation of names does, also on
// parenthesised words that are not names, and fall back to the
// alternation when a name holds a parenthesis.
func TestFindDatelineShape(t *testing.T) {
	plain := newMatcher(builtin)
	if plain.datelineShape == nil {
		t.Fatal("no name of the built-in list holds a parenthesis: the shape pattern should be used")
	}
	odd := newMatcher(append(append([]analysis.Agency(nil), builtin...), analysis.Agency{Name: "Wire (West)"}))
	if odd.datelineShape != nil {
		t.Error("a name holds a parenthesis: the shape pattern must not be used")
	}
	texts := []string{
		"WASHINGTON (AP) — The Senate voted",
		"WASHINGTON (D-N.J.) — not an agency",
		"WASHINGTON (Associated Press) -- full name",
		"WASHINGTON (AP Photo) — a photo credit",
		"WASHINGTON (AP)(Reuters) — two",
		"WASHINGTON ((AP)) — doubled",
		"WASHINGTON (Wire (West)) — a parenthesised name",
		"WASHINGTON (ap) — lower case",
		"LONDON, England, Sept. 26 (Reuters)– Stocks",
		"Sen. Cory Booker (D-N.J.) said the plan would fail.",
		"(AP) — no place",
	}
	matched := 0
	for _, m := range []*matcher{plain, odd} {
		for _, text := range texts {
			want := m.dateline.Get().FindStringSubmatchIndex(text)
			if want != nil {
				matched++
			}
			if diff := cmp.Diff(want, m.findDateline(true, text)); diff != "" {
				t.Errorf("%q: (-dateline +findDateline):\n%s", text, diff)
			}
		}
	}
	if matched < 6 {
		t.Errorf("only %d datelines matched: the cases no longer test matches", matched)
	}
}
