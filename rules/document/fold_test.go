package document

import (
	"strings"
	"testing"
)

func TestFoldSet(t *testing.T) {
	words := []string{"contributed", "reporting", "photo", "edited"}
	set := NewFoldSet(words...)
	long := strings.Repeat("x", foldLimit-8)
	tests := []struct {
		s    string
		want bool
	}{
		{"The AP CONTRIBUTED to this report.", true},
		{"(Reporting by Ann Lee)", true},
		{"PHOTO: Ann Lee", true},
		{"Photographs", true},
		{"The council met on Monday.", false},
		{"", false},
		{"report", false},
		{"contribute", false},
		{"edite", false},
		{long + "edited", true},     // ends at byte 510
		{long + "reporting", false}, // runs past byte 512
		{"Ünïcode edited", true},
	}
	for _, tt := range tests {
		if got := set.In(tt.s); got != tt.want {
			t.Errorf("In(%q) = %v, want %v", tt.s, got, tt.want)
		}
		// The reference: lower-case the first 512 bytes, then search.
		head := []byte(tt.s[:min(len(tt.s), foldLimit)])
		for i, c := range head {
			head[i] = lowerByte(c)
		}
		ref := false
		for _, w := range words {
			ref = ref || strings.Contains(string(head), w)
		}
		if ref != tt.want {
			t.Errorf("reference for %q = %v, want %v", tt.s, ref, tt.want)
		}
	}
}
