package document

import (
	"testing"
	"unicode"
)

// startsWithBy must accept every first two runes (?i:by) matches: the
// case-folding orbits of "b" and "y" hold only their ASCII cases.
func TestStartsWithBy(t *testing.T) {
	for _, r := range []rune{'b', 'y'} {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f != unicode.ToUpper(r) {
				t.Errorf("%q folds to %q, which startsWithBy does not accept", r, f)
			}
		}
	}
	tests := []struct {
		t    string
		want bool
	}{
		{"By Ann Lee", true}, {"BY ANN LEE", true}, {"bY x", true}, {"by", true},
		{"b", false}, {"", false}, {"Bx Ann", false}, {"The byline", false},
	}
	for _, tt := range tests {
		if got := startsWithBy(tt.t); got != tt.want {
			t.Errorf("startsWithBy(%q) = %v, want %v", tt.t, got, tt.want)
		}
		if tt.want == false && bylineStart.MatchString(tt.t) {
			t.Errorf("bylineStart matches %q, which startsWithBy stops", tt.t)
		}
	}
}
