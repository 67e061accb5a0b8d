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
		want := m.dateline.FindStringSubmatchIndex(tt.text)
		got := m.dateline.FindStringSubmatchIndex(m.datelineHead(tt.text))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%.60q: (-whole +head):\n%s", tt.text, diff)
		}
		if (want != nil) != tt.matches {
			t.Errorf("%.60q: match %v, want %v", tt.text, want != nil, tt.matches)
		}
	}
}
