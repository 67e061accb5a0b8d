package document

import "testing"

func TestContainsFold(t *testing.T) {
	words := []string{"contributed", "reporting"}
	tests := []struct {
		s    string
		want bool
	}{
		{"The AP CONTRIBUTED to this report.", true},
		{"(Reporting by Ann Lee)", true},
		{"The council met on Monday.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := ContainsFold(tt.s, words); got != tt.want {
			t.Errorf("ContainsFold(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
