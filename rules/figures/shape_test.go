package figures

import "testing"

func TestShapeFilter(t *testing.T) {
	var f shapeFilter
	set := []string{"three", "sept.", "u.s.", "a", "more than", "twenty-five", "an extraordinarily long word of forty bytes"}
	for _, w := range set {
		f.add(w)
	}
	tests := []struct {
		w    string
		want bool
	}{
		{"three", true}, {"sept.", true}, {"u.s.", true}, {"a", true}, {"more than", true},
		{"twenty-five", true}, {"an extraordinarily long word of forty bytes", true},
		{"", false}, {"the", false}, {"tree", false}, {"b", false}, {"threes", false},
	}
	for _, tt := range tests {
		if got := f.mayHold(tt.w); got != tt.want {
			t.Errorf("mayHold(%q) = %v, want %v", tt.w, got, tt.want)
		}
		if got := f.mayHoldBytes([]byte(tt.w)); got != tt.want {
			t.Errorf("mayHoldBytes(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	// No word of the lexicons may be stopped.
	for w := range starters {
		if !starterShapes.mayHold(w) {
			t.Errorf("starterShapes stops %q", w)
		}
	}
}
